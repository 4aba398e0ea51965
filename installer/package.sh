#!/usr/bin/env bash
# Builds the installable Protocol Desk: a jlinked Java runtime plus the class-path jars, packaged by jpackage as an
# app image and, on Linux, a .deb. Run from the repository root after `mvn -B -DskipTests package`.
#   installer/package.sh            -> target/installer/protocol-desk/ (app image) and target/installer/*.deb
# Needs a JDK 17+ with jlink/jpackage; the .deb also needs dpkg-deb and fakeroot (apt-get install fakeroot).
set -euo pipefail
cd "$(dirname "$0")/.."

lib=target/protocol-desk/lib
out=target/installer
[ -d "$lib" ] || { echo "package.sh: $lib is missing: run 'mvn -B -DskipTests package' first" >&2; exit 1; }
version=$(sed -n 's/^version=//p' target/classes/org/protocoldesk/app/version.properties)
numeric=${version%%-*}
jar=protocol-desk-$version.jar

rm -rf "$out" && mkdir -p "$out"
# The modules the app and its libraries use; JavaFX itself stays on the class path as jars.
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps --class-path "$lib/*" "$lib/$jar")
modules="$modules,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.zipfs"
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 --output "$out/runtime"

common=(--name protocol-desk --app-version "$numeric" --vendor "Protocol Desk"
        --description "Briefing notes, meeting log and trip reports for a travelling delegation"
        --copyright "Apache-2.0" --input "$lib" --main-jar "$jar" --main-class org.protocoldesk.Launcher
        --runtime-image "$out/runtime" --icon resources/icons/protocol-desk-256.png
        --java-options "-Dprism.lcdtext=false")
jpackage --type app-image --dest "$out" "${common[@]}"

if [ "$(uname -s)" = Linux ] && command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  # jpackage leaves GTK out of the dependencies, but JavaFX cannot open a window without it.
  jpackage --type deb --dest "$out" "${common[@]}" --license-file LICENSE \
    --resource-dir installer/linux --linux-package-name protocol-desk --linux-package-deps libgtk-3-0 --linux-shortcut \
    --linux-menu-group Office --linux-app-category misc
fi
ls -l "$out"
