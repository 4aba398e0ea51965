#!/usr/bin/env bash
# Checks the app image's launcher (installer/linux/launcher.sh): started through a symbolic link, as /usr/bin's is,
# it runs the app with the arguments as given (a folder named in UTF-8 too, under LANG=C) and returns its exit
# status, it runs neither rpm nor dpkg (stand-ins first on the PATH note any call), and its class path is the one
# the image's AppCDS archive was made for (else the JVM ignores the archive without a word). The same again for a
# copy of the image in a folder whose name has an &, with its archive made there by its lib/app/cds-archive.sh, and
# for that copy moved to a folder whose name has a space (there JDK 17 shares no class of the class path, whatever
# the launcher: not checked). Prints what is wrong and fails.
#   installer/linux/launcher-check.sh APP_IMAGE POM_VERSION
set -euo pipefail
image=$(cd "$1" && pwd -P) version=$2
work=$(mktemp -d)
# Beside the image, so that its copy can be made of hard links.
copies=$(mktemp -d "$(dirname "$image")/launcher-check.XXXXXX")
trap 'rm -rf "$work" "$copies"' EXIT
mkdir "$work/stand-ins"
for tool in rpm dpkg dpkg-query; do
  printf '#!/bin/sh\necho "%s $*" >>"%s/called"\nexit 1\n' "$tool" "$work" >"$work/stand-ins/$tool"
  chmod 755 "$work/stand-ins/$tool"
done
problems=()

# check IMAGE [no-archive]: its launcher, through a symbolic link.
check() {
  local image=$1 archive=${2:-} link
  link=$(mktemp -u "$work/link.XXXXXX")
  ln -s "$image/bin/protocol-desk" "$link"
  run() { PATH="$work/stand-ins:$PATH" "$link" "$@"; }
  local said status=0
  said=$(run --version) || problems+=("$image: --version failed")
  [ "$said" = "Protocol Desk $version" ] || problems+=("$image: --version said '$said', not 'Protocol Desk $version'")
  said=$(run --data-dir "$work/a folder" check 2>&1) || status=$?
  [ "$status" = 1 ] || problems+=("$image: check on a folder without a database ended with $status, not 1")
  [[ $said == *"$work/a folder"* ]] || problems+=("$image: the folder's name did not reach the app whole: '$said'")
  status=0
  said=$(LANG=C LC_ALL='' run --data-dir "$work/Türkiye" check 2>&1) || status=$?
  [ "$status" = 1 ] && [[ $said == *"$work/Türkiye"* ]] \
    || problems+=("$image: under LANG=C a folder named in UTF-8 did not reach the app (status $status): '$said'")
  if [ -e "$image/lib/app/protocol-desk.jsa" ] && [ "$archive" != no-archive ]; then
    JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes" run --version >/dev/null 2>&1
    grep -q 'org.protocoldesk.Launcher source: shared' "$work/classes" \
      || problems+=("$image: the app's classes do not come from its AppCDS archive")
  fi
}

check "$image"
copy="$copies/R&D/protocol-desk"
mkdir "$copies/R&D"
cp -al "$image" "$copy" 2>/dev/null || { rm -rf "$copy"; cp -a "$image" "$copy"; }
if [ -e "$image/lib/app/protocol-desk.jsa" ]; then
  rm "$copy/lib/app/protocol-desk.jsa" # a hard link to the image's: made anew, not written through
  "$copy/lib/app/cds-archive.sh" "$copy"
fi
check "$copy"
mv "$copies/R&D" "$copies/R and D"
check "$copies/R and D/protocol-desk" no-archive
[ ! -e "$work/called" ] || problems+=("the launcher ran: $(sort -u "$work/called" | paste -sd';')")

if [ ${#problems[@]} -gt 0 ]; then
  printf 'launcher-check: %s\n' "${problems[@]}" >&2
  exit 1
fi
echo "launcher-check: the launcher passes arguments and exit status through and asks no package manager"
