#!/usr/bin/env bash
# Installs the .deb with apt (which brings its dependencies), runs the installed command, checks the class-data
# sharing archive its postinst made, removes the package and fails if anything of it is left behind. Needs root;
# for CI containers, not for a workstation in use.
#   installer/linux/install-check.sh DEB POM_VERSION
set -euo pipefail
deb=$(readlink -f "$1") version=$2
[ "$(id -u)" = 0 ] || { echo "install-check: needs root" >&2; exit 1; }
dpkg -s protocol-desk >/dev/null 2>&1 && { echo "install-check: protocol-desk is installed already" >&2; exit 1; }
apt-get install -y -q --no-install-recommends "$deb" >/dev/null
files=$(dpkg -L protocol-desk)
[ "$(protocol-desk --version)" = "Protocol Desk $version" ] || { echo "install-check: /usr/bin/protocol-desk fails" >&2; exit 1; }
# The postinst made the class-data sharing archive, and the installed class path can use it (-Xshare:on fails if not).
app=/opt/protocol-desk/lib/app
[ -s "$app/protocol-desk.jsa" ] || { echo "install-check: the postinst made no CDS archive" >&2; exit 1; }
classpath=$(sed -n 's/^app\.classpath=//p' "$app/protocol-desk.cfg" | sed "s|\$APPDIR|$app|" | paste -sd: -)
loaded=$(/opt/protocol-desk/lib/runtime/bin/java -Xshare:on -XX:SharedArchiveFile="$app/protocol-desk.jsa" \
  -cp "$classpath" -Xlog:class+load=info org.protocoldesk.Launcher --version)
grep -q 'org.protocoldesk.Launcher source: shared' <<<"$loaded" \
  || { echo "install-check: the installed app does not load its classes from the CDS archive" >&2; exit 1; }
dpkg --purge protocol-desk >/dev/null 2>&1
left=$(while read -r file; do [ -f "$file" ] || [ -L "$file" ] && echo "$file"; done <<<"$files"; if [ -e /opt/protocol-desk ]; then echo /opt/protocol-desk; fi)
[ -z "$left" ] || { echo "install-check: left behind after removal:" >&2; echo "$left" >&2; exit 1; }
echo "install-check: installed, ran and removed cleanly"
