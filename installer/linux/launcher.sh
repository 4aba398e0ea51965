#!/bin/bash
# The app image's bin/protocol-desk on Linux (installer/package.sh puts it in place of jpackage's launcher): starts
# the image's Java runtime with the main class, class path and JVM options of lib/app/protocol-desk.cfg, the file
# jpackage's launcher reads, $APPDIR standing for lib/app as there. jpackage's Linux launcher asks rpm and then dpkg
# which package owns it at every start, and dpkg reads its whole database to answer: a tenth of a second or more
# before Java even starts (docs/decisions/0080-a-launcher-script-on-linux.md). Under a locale whose character set is
# not UTF-8, Java gets UTF-8 file names, as from the distribution folder's script (bin/utf8-file-names.sh).
self=$(readlink -f -- "$0") || exit 1
image=${self%/bin/*}
app=$image/lib/app
classpath='' main='' options=()
while IFS= read -r line || [ -n "$line" ]; do
  line=${line//\$APPDIR/"$app"} # quoted: bash 5.2 reads an & in the replacement as the match
  case $line in
    app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done <"$app/protocol-desk.cfg" || exit 1
. "$image/bin/utf8-file-names.sh"
exec "$image/lib/runtime/bin/java" "${options[@]}" -cp "$classpath" "$main" "$@"
