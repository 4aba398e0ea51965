#!/usr/bin/env bash
# Installs the .deb with apt (which brings its dependencies), runs the installed command, removes the package and
# fails if anything of it is left behind. Needs root; for CI containers, not for a workstation in use.
#   installer/linux/install-check.sh DEB POM_VERSION
set -euo pipefail
deb=$(readlink -f "$1") version=$2
[ "$(id -u)" = 0 ] || { echo "install-check: needs root" >&2; exit 1; }
dpkg -s protocol-desk >/dev/null 2>&1 && { echo "install-check: protocol-desk is installed already" >&2; exit 1; }
apt-get install -y -q --no-install-recommends "$deb" >/dev/null
files=$(dpkg -L protocol-desk)
[ "$(protocol-desk --version)" = "Protocol Desk $version" ] || { echo "install-check: /usr/bin/protocol-desk fails" >&2; exit 1; }
dpkg --purge protocol-desk >/dev/null 2>&1
left=$(while read -r file; do [ -f "$file" ] || [ -L "$file" ] && echo "$file"; done <<<"$files"; if [ -e /opt/protocol-desk ]; then echo /opt/protocol-desk; fi)
[ -z "$left" ] || { echo "install-check: left behind after removal:" >&2; echo "$left" >&2; exit 1; }
echo "install-check: installed, ran and removed cleanly"
