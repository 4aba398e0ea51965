#!/usr/bin/env bash
# Checks the app image's launcher (installer/linux/launcher.sh): started through a symbolic link, as /usr/bin's is,
# it runs the app with the arguments as given and returns its exit status, it runs neither rpm nor dpkg
# (stand-ins first on the PATH note any call), and its class path is the one the image's AppCDS archive was made for
# (else the JVM ignores the archive without a word). Prints what is wrong and fails.
#   installer/linux/launcher-check.sh APP_IMAGE POM_VERSION
set -euo pipefail
image=$(cd "$1" && pwd) version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/stand-ins" "$work/bin"
for tool in rpm dpkg dpkg-query; do
  printf '#!/bin/sh\necho "%s $*" >>"%s/called"\nexit 1\n' "$tool" "$work" >"$work/stand-ins/$tool"
  chmod 755 "$work/stand-ins/$tool"
done
ln -s "$image/bin/protocol-desk" "$work/bin/protocol-desk"
run() { PATH="$work/stand-ins:$PATH" "$work/bin/protocol-desk" "$@"; }

problems=()
said=$(run --version) || problems+=("--version failed")
[ "$said" = "Protocol Desk $version" ] || problems+=("--version said '$said', not 'Protocol Desk $version'")
status=0
said=$(run --data-dir "$work/a folder" check 2>&1) || status=$?
[ "$status" = 1 ] || problems+=("check on a folder without a database ended with $status, not 1")
[[ $said == *"$work/a folder"* ]] || problems+=("the folder's name did not reach the app whole: '$said'")
if [ -e "$image/lib/app/protocol-desk.jsa" ]; then
  JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes" run --version >/dev/null 2>&1
  grep -q 'org.protocoldesk.Launcher source: shared' "$work/classes" \
    || problems+=("the app's classes do not come from its AppCDS archive")
fi
[ ! -e "$work/called" ] || problems+=("the launcher ran: $(paste -sd';' "$work/called")")

if [ ${#problems[@]} -gt 0 ]; then
  printf 'launcher-check: %s\n' "${problems[@]}" >&2
  exit 1
fi
echo "launcher-check: the launcher passes arguments and exit status through and asks no package manager"
