#!/usr/bin/env bash
# Makes the .deb from the app image: the image under /opt/protocol-desk, a command in /usr/bin, the desktop entry
# (Office) and the icon at 16-256 px plus scalable in the hicolor theme. Every file belongs to the package but the
# class-data sharing archive, which the postinst makes and the prerm removes, so removing it leaves nothing behind;
# the icon cache and the menu are refreshed by the desktop's own dpkg triggers.
# Compressed with gzip: xz saves a fifth of the size but takes minutes on a small machine.
# The dependencies are those of the native libraries in the image (dpkg-shlibdeps) and GTK 3, which JavaFX opens
# at run time without linking to it.
#   installer/linux/deb.sh APP_IMAGE POM_VERSION OUT_DIR
set -euo pipefail
image=$1 version=$2 out=$3
root=$(cd "$(dirname "$0")/../.." && pwd)
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

mkdir -p "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" "$stage/DEBIAN"
cp -a "$image" "$stage/opt/protocol-desk"
# A JDK 17 AppCDS archive only serves the class path it was made with: the package carries the class list and the
# script, the postinst makes the archive under /opt, and the prerm removes it with the package (docs/installers.md).
rm -f "$stage/opt/protocol-desk/lib/app/protocol-desk.jsa"
cat >"$stage/DEBIAN/postinst" <<'SCRIPT'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  /opt/protocol-desk/lib/app/cds-archive.sh /opt/protocol-desk \
    || echo "protocol-desk: no class-data sharing archive was made; the app starts without it" >&2
fi
SCRIPT
cat >"$stage/DEBIAN/prerm" <<'SCRIPT'
#!/bin/sh
set -e
rm -f /opt/protocol-desk/lib/app/protocol-desk.jsa
SCRIPT
chmod 755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/prerm"
ln -s /opt/protocol-desk/bin/protocol-desk "$stage/usr/bin/protocol-desk"
cp "$root/installer/linux/protocol-desk.desktop" "$stage/usr/share/applications/"
for size in 16 32 48 64 128 256; do
  mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "$root/resources/icons/protocol-desk-$size.png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/protocol-desk.png"
done
mkdir -p "$stage/usr/share/icons/hicolor/scalable/apps"
cp "$root/resources/icons/protocol-desk.svg" "$stage/usr/share/icons/hicolor/scalable/apps/protocol-desk.svg"
mkdir -p "$stage/usr/share/doc/protocol-desk"
cp "$root/LICENSE" "$stage/usr/share/doc/protocol-desk/copyright"

# dpkg-shlibdeps wants a source package around it; a minimal one in a scratch folder serves.
mkdir -p "$stage/shlibs/debian"
printf 'Source: protocol-desk\n\nPackage: protocol-desk\nArchitecture: any\n' >"$stage/shlibs/debian/control"
libs=$(find "$stage/opt/protocol-desk" -name '*.so' -printf '%p ')
# shellcheck disable=SC2086
shlibs=$(cd "$stage/shlibs" && dpkg-shlibdeps -O --ignore-missing-info -l"$stage/opt/protocol-desk/lib/runtime/lib" \
  $libs 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
rm -rf "$stage/shlibs"

# GTK 3 when no library links to it yet, and a font: JavaFX draws no text without one.
depends=$shlibs
[[ $depends == *libgtk-3-0* ]] || depends="libgtk-3-0, $depends"
depends="$depends, fonts-dejavu-core | fonts-liberation2 | fonts-noto-core"
debversion=${version/-/\~} # 0.1.0-SNAPSHOT sorts before 0.1.0 as 0.1.0~SNAPSHOT
cat >"$stage/DEBIAN/control" <<CONTROL
Package: protocol-desk
Version: $debversion
Architecture: $arch
Maintainer: Protocol Desk <protocol-desk@localhost>
Section: misc
Priority: optional
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: ${depends}
Homepage: https://github.com/protocol-desk/protocol-desk
Description: Briefing notes, meeting log and trip reports for a travelling delegation
 Protocol Desk keeps the counterparts, trips, sideline meetings, invitations and follow-ups of a protocol
 office in a private local database, and prepares briefing notes and trip reports from them.
CONTROL
find "$stage" -type d -exec chmod 755 {} +
fakeroot dpkg-deb -Zgzip --build --root-owner-group "$stage" "$out/protocol-desk_${version}_${arch}.deb" >/dev/null
echo "$out/protocol-desk_${version}_${arch}.deb"
