#!/bin/sh
# Makes the app image's class-data sharing archive, lib/app/protocol-desk.jsa, from the list of classes a start loads
# (lib/app/protocol-desk.classlist, recorded by installer/appcds.sh at build time). The archive maps those classes,
# parsed and verified, into every start. On JDK 17 an archive serves only the class path it was made with, so it is
# made where the image lives: by installer/appcds.sh for the built image, by the .deb's postinst under
# /opt/protocol-desk. Needs no display; takes a few seconds. Copied into the image as lib/app/cds-archive.sh.
#   cds-archive.sh APP_IMAGE
set -eu
image=$(cd "$1" && pwd -P) # symbolic links resolved, as the launcher resolves its own path
app=$image/lib/app
# The class path exactly as the launcher builds it from its .cfg, $APPDIR expanded.
# (Taken literally: a folder named with & or | is no pattern.)
classpath=$(APPDIR="$app" awk '
  function expand(text,  at, done) {
    while ((at = index(text, "$APPDIR")) > 0) { done = done substr(text, 1, at - 1) ENVIRON["APPDIR"]; text = substr(text, at + 7) }
    return done text
  }
  sub(/^app\.classpath=/, "") { print expand($0) }' "$app/protocol-desk.cfg" | paste -sd: -)
rm -f "$app/protocol-desk.jsa"
"$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/protocol-desk.classlist" \
  -XX:SharedArchiveFile="$app/protocol-desk.jsa" -Xlog:cds=off -Xlog:cds+map=off -cp "$classpath" >/dev/null
