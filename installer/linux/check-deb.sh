#!/usr/bin/env bash
# Checks a built .deb without installing it: its control file names the libraries JavaFX needs (GTK 3 among them)
# and a font, the version is the pom's, and it carries the desktop entry (Office) and the icon at 16-256 px and
# scalable. Prints what is wrong and fails.
#   installer/linux/check-deb.sh target/installer/protocol-desk_<version>_<arch>.deb POM_VERSION
set -euo pipefail
deb=$1 version=$2
problems=()
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libgtk-3-0 libc6 libx11-6 libxtst6 libgl1 libfreetype6 libfontconfig1 fonts-dejavu-core; do
  [[ ", $depends," == *", $needed"[\ ,]* || "$depends" == *"| $needed"* ]] || problems+=("Depends lacks $needed")
done
[ "$(dpkg-deb --field "$deb" Version)" = "${version/-/\~}" ] || problems+=("Version is not ${version/-/\~}")
[ "$(dpkg-deb --field "$deb" Package)" = protocol-desk ] || problems+=("Package is not protocol-desk")

files=$(dpkg-deb --contents "$deb" | awk '{print $6}')
entry=./usr/share/applications/protocol-desk.desktop
grep -qx "$entry" <<<"$files" || problems+=("no $entry")
for size in 16 32 48 64 128 256; do
  grep -qx "./usr/share/icons/hicolor/${size}x${size}/apps/protocol-desk.png" <<<"$files" || problems+=("no ${size}px icon")
done
grep -qx ./usr/share/icons/hicolor/scalable/apps/protocol-desk.svg <<<"$files" || problems+=("no scalable icon")
grep -qx ./opt/protocol-desk/bin/protocol-desk <<<"$files" || problems+=("no launcher in /opt/protocol-desk/bin")

scripts=$(dpkg-deb --info "$deb")
for script in postinst prerm; do
  grep -qw "$script" <<<"$scripts" || problems+=("no $script (it makes and removes the class-data sharing archive)")
done
grep -qx ./opt/protocol-desk/lib/app/protocol-desk.classlist <<<"$files" || problems+=("no class list for the CDS archive")

desktop=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO "$entry" 2>/dev/null || true)
for line in "Type=Application" "Name=Protocol Desk" "Exec=/opt/protocol-desk/bin/protocol-desk" "Icon=protocol-desk" \
            "Terminal=false"; do
  grep -qx "$line" <<<"$desktop" || problems+=("desktop entry lacks $line")
done
grep -Eq '^Categories=(.*;)?Office;' <<<"$desktop" || problems+=("desktop entry is not in the Office category")

if [ ${#problems[@]} -gt 0 ]; then
  printf 'check-deb: %s\n' "${problems[@]}" >&2
  exit 1
fi
echo "check-deb: $deb: control file and desktop entry are right ($(du -h "$deb" | cut -f1))"
