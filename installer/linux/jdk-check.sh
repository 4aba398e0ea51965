#!/usr/bin/env bash
# Starts the distribution folder (target/protocol-desk, what `mvn package` makes) on Debian's OpenJDK of one feature
# release, in a bare Debian that offers it (debootstrap's minbase, plus that JDK's headless runtime, GTK 3 and a
# font): fails unless `--version` prints only the version and the main window comes up with nothing printed.
# For the releases the build machine has no JDK of (21 on bookworm); needs root and Debian's mirror.
#   installer/linux/jdk-check.sh FEATURE [SUITE]     e.g. installer/linux/jdk-check.sh 21 trixie
set -euo pipefail
feature=$1 suite=${2:-trixie}
here=$(dirname "$(readlink -f "$0")")
dist=$here/../../target/protocol-desk
version=$(sed -n 's/^version=//p' "$here/../../target/classes/org/protocoldesk/app/version.properties")
[ -x "$dist/bin/protocol-desk" ] || { echo "jdk-check: no $dist; run mvn package first" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "jdk-check: needs root" >&2; exit 1; }
source "$here/chroot.sh"
chroot_make "$suite"
gtk=libgtk-3-0
in_root apt-cache show libgtk-3-0t64 >/dev/null 2>&1 && gtk=libgtk-3-0t64 # renamed for 64-bit time in trixie
in_root apt-get install -y -q --no-install-recommends "openjdk-$feature-jre-headless" "$gtk" fonts-dejavu-core \
  xvfb xdotool >/dev/null
cp -r "$dist" "$CHROOT/opt/protocol-desk"
cp "$here/../window-check.sh" "$here/../xvfb.sh" "$CHROOT/tmp/"
java_home=/usr/lib/jvm/java-$feature-openjdk-$(dpkg --print-architecture)
echo "jdk-check: $(in_root "$java_home/bin/java" -version 2>&1 | head -1)"
said=$(in_root env JAVA_HOME="$java_home" /opt/protocol-desk/bin/protocol-desk --version 2>&1)
[ "$said" = "Protocol Desk $version" ] || { echo "jdk-check: --version printed:" >&2; echo "$said" >&2; exit 1; }
in_root env JAVA_HOME="$java_home" /tmp/window-check.sh -t 120 -- /opt/protocol-desk/bin/protocol-desk \
  --data-dir /tmp/protocol-desk-data
echo "jdk-check: on OpenJDK $feature ($suite) the app said its version and showed its window, printing nothing else"
