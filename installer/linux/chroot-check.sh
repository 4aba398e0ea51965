#!/usr/bin/env bash
# Installs the .deb into a bare Debian (debootstrap's minbase: no desktop, no X) with apt, which brings only what the
# package's Depends name; then fails if a native library of the installed app cannot find a library it links to, or
# if the installed command cannot say its version or show its main window (under Xvfb, installed after that check so
# that its own libraries hide nothing). This is how the Depends line was found and how it stays right.
# Needs root and the network (Debian's mirror); takes a few minutes, so CI runs the cheaper install-check instead.
#   installer/linux/chroot-check.sh DEB POM_VERSION [SUITE]
set -euo pipefail
deb=$(readlink -f "$1") version=$2 suite=${3:-bookworm}
here=$(dirname "$(readlink -f "$0")")
[ "$(id -u)" = 0 ] || { echo "chroot-check: needs root" >&2; exit 1; }
source "$here/chroot.sh"
chroot_make "$suite"
cp "$deb" "$CHROOT/tmp/protocol-desk.deb"
cp "$here/../window-check.sh" "$here/../xvfb.sh" "$CHROOT/tmp/"

in_root apt-get install -y -q --no-install-recommends /tmp/protocol-desk.deb >/dev/null
# libjvm.so is not found by ldd from the other libraries of the runtime: the launcher loads it by its path.
missing=$(in_root sh -c 'find /opt/protocol-desk -name "*.so" -exec ldd {} \; 2>/dev/null' \
  | grep "not found" | grep -v "libjvm.so" | sort -u || true)
[ -z "$missing" ] || { echo "chroot-check: libraries the package does not bring:" >&2; echo "$missing" >&2; exit 1; }
[ "$(in_root protocol-desk --version)" = "Protocol Desk $version" ] \
  || { echo "chroot-check: the installed command does not say its version" >&2; exit 1; }

in_root apt-get install -y -q --no-install-recommends xvfb xdotool >/dev/null
in_root /tmp/window-check.sh -t 120 -- protocol-desk --data-dir /tmp/protocol-desk-data
echo "chroot-check: on a bare $suite the package brought every library it needs and showed its main window"
