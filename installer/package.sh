#!/usr/bin/env bash
# Builds the installable Protocol Desk from target/protocol-desk (the `mvn package` layout):
#   target/installer/runtime/        a jlinked Java runtime holding JavaFX (as system modules) and the JDK modules used
#   target/installer/protocol-desk/  the app image made by jpackage, with an AppCDS archive of the start-up classes
#   target/installer/protocol-desk_<pom version>_<arch>.deb   (on Debian/Ubuntu)
# Called by `mvn -B -Pinstaller -DskipTests package`; installs fakeroot and dpkg-dev with apt-get when missing.
# Needs a JDK 17+ with jlink/jpackage (JAVA_HOME, else the java on the PATH). On Windows and macOS, see
# docs/installers.md: jpackage makes the .msi or .dmg from the same app image on those systems.
set -euo pipefail
cd "$(dirname "$0")/.."

dist=target/protocol-desk
out=target/installer
work=target/installer-work
[ -d "$dist/lib" ] || { echo "package.sh: $dist is missing: run 'mvn -B -DskipTests package' first" >&2; exit 1; }
bin=${JAVA_HOME:+$JAVA_HOME/bin/}
version=$(sed -n 's/^version=//p' target/classes/org/protocoldesk/app/version.properties)
numeric=${version%%-*}
jar=protocol-desk-$version.jar

if [ "$(uname -s)" = Linux ] && command -v apt-get >/dev/null; then
  need=()
  command -v fakeroot >/dev/null || need+=(fakeroot)
  command -v dpkg-shlibdeps >/dev/null || need+=(dpkg-dev)
  if [ ${#need[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || { echo "package.sh: needs ${need[*]}: run as root or install them" >&2; exit 1; }
    apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
  fi
fi

rm -rf "$out" "$work" && mkdir -p "$out" "$work/jmods" "$work/input"

# JavaFX's jars become jmods, their native libraries beside the JDK's: linked into the runtime, JavaFX loads as
# named system modules (no "unnamed module" warning, nothing extracted to ~/.openjfx at the first start).
for fxjar in "$dist"/javafx/javafx-*.jar; do
  classes=$work/fx/$(basename "$fxjar" .jar)
  mkdir -p "$classes/classes" "$classes/libs"
  (cd "$classes/classes" && unzip -q "$OLDPWD/$fxjar" -x 'META-INF/*')
  find "$classes/classes" -maxdepth 1 \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' -o -name '*.jar' \) \
    -exec mv {} "$classes/libs/" \;
  rm -f "$classes/libs/"*.jar # javafx-swt.jar: SWT interop, unused
  module=$(${bin}jar --describe-module --file "$fxjar" | head -1 | sed 's/[@ ].*//')
  ${bin}jmod create --class-path "$classes/classes" --libs "$classes/libs" "$work/jmods/$module.jmod"
done

# The modules the app and its libraries use, as jdeps finds them, plus those reached only by reflection or
# service loading: jdk.unsupported (sun.misc.Unsafe), jdk.crypto.ec (TLS), jdk.localedata (dates in every locale),
# jdk.zipfs (Flyway scans migrations inside the jar).
cp "$dist"/lib/*.jar "$work/input/"
modules=$(${bin}jdeps --multi-release 17 --ignore-missing-deps --print-module-deps --module-path "$work/jmods" \
  --class-path "$work/input/*" "$work/input/$jar")
modules="$modules,javafx.controls,javafx.fxml,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.zipfs"
${bin}jlink --module-path "$work/jmods" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$out/runtime"

feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$out/runtime/release")
# C1 only: on two cores the C2 compiler's start-up work competes with the FX thread for a second of CPU
# (docs/decisions/0065-c1-only-jit-in-the-app-image.md).
options=(-Dprism.lcdtext=false -XX:TieredStopAtLevel=1)
# JDK 24 and later warn about native libraries loaded and sun.misc.Unsafe used, unless allowed.
[ "$feature" -ge 22 ] && options+=(--enable-native-access=javafx.graphics,ALL-UNNAMED)
[ "$feature" -ge 23 ] && options+=(--sun-misc-unsafe-memory-access=allow)
# sqlite-jdbc's native library, unpacked here once instead of into the temporary folder at every start.
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) sqlite_native=Linux/x86_64 ;;
  Linux-aarch64) sqlite_native=Linux/aarch64 ;;
  *) sqlite_native="" ;;
esac
if [ -n "$sqlite_native" ]; then
  unzip -q -j -o "$work/input"/sqlite-jdbc-*.jar "org/sqlite/native/$sqlite_native/libsqlitejdbc.so" \
    -d "$work/input/native"
  # shellcheck disable=SC2016 # $APPDIR is the launcher's, expanded at each start
  options+=(-Dorg.sqlite.lib.path='$APPDIR/native' -Dorg.sqlite.lib.name=libsqlitejdbc.so)
fi
java_options=()
for option in "${options[@]}"; do java_options+=(--java-options "$option"); done

${bin}jpackage --type app-image --dest "$out" --name protocol-desk --app-version "$numeric" \
  --vendor "Protocol Desk" --description "Briefing notes, meeting log and trip reports for a travelling delegation" \
  --copyright "Apache-2.0" --input "$work/input" --main-jar "$jar" --main-class org.protocoldesk.Launcher \
  --runtime-image "$out/runtime" --icon resources/icons/protocol-desk-256.png "${java_options[@]}"

if [ "$(uname -s)" = Linux ]; then
  # Our launcher in place of jpackage's, which runs rpm and dpkg at every start (installer/linux/launcher.sh).
  install -m 755 installer/linux/launcher.sh "$out/protocol-desk/bin/protocol-desk"
  install -m 644 installer/bin/utf8-file-names.sh "$out/protocol-desk/bin/"
  rm "$out/protocol-desk/lib/libapplauncher.so"
fi
installer/appcds.sh "$out/protocol-desk"

if [ "$(uname -s)" = Linux ] && command -v dpkg-deb >/dev/null; then
  installer/linux/deb.sh "$out/protocol-desk" "$version" "$out"
fi

du -sh "$out/runtime" "$out/protocol-desk" "$out"/*.deb 2>/dev/null
