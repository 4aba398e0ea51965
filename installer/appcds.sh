#!/usr/bin/env bash
# Gives an app image class-data sharing: the runtime's default CDS archive (jlink on 17 leaves it out), then an
# AppCDS archive of the classes a start loads, recorded by a training run under a virtual display that starts the
# image on the demo data and closes it once the Today screen is filled. The launcher then maps the classes from
# the archive instead of loading and verifying them from the jars. On JDK 17 the AppCDS archive serves only the
# folder it was recorded in (a moved image ignores it silently): it is for this image and the benchmark; the .deb
# leaves it out.
#   installer/appcds.sh APP_IMAGE        (Linux; elsewhere the image keeps the default archive only)
set -euo pipefail
image=$(cd "$1" && pwd)
java=$image/lib/runtime/bin/java
cfg=$image/lib/app/protocol-desk.cfg
archive=$image/lib/app/protocol-desk.jsa

"$java" -Xshare:dump -Xlog:cds=off -Xlog:cds+map=off >/dev/null

if [ "$(uname -s)" != Linux ]; then
  exit 0
fi
command -v Xvfb >/dev/null || command -v apt-get >/dev/null \
  || { echo "appcds.sh: no Xvfb, no AppCDS archive (install xvfb)" >&2; exit 0; }
source "$(dirname "$0")/xvfb.sh"
work=$(mktemp -d)
trap 'kill $XVFB_PID 2>/dev/null || true; rm -rf "$work"' EXIT
xvfb_start

# The launcher takes its JVM options from its .cfg only: the archiving option goes there for the training run.
cp "$cfg" "$work/cfg"
options() { sed -i "/^\[JavaOptions\]/r /dev/stdin" "$cfg"; }
train() { # a start on the demo data, as a user makes it, closing itself once Today is filled
  PROTOCOL_DESK_STARTUP_TRACE=$work/trace PROTOCOL_DESK_STARTUP_EXIT=true \
    timeout 180 "$image/bin/protocol-desk" --data-dir "$work/data" >"$work/log" 2>&1 \
    || { cp "$work/cfg" "$cfg"; echo "appcds.sh: the training run failed:" >&2; cat "$work/log" >&2; exit 1; }
}
mkdir -m 700 "$work/data"
train # the first start loads the demo data; an ordinary start, the next, is what the archive is for
echo "java-options=-XX:ArchiveClassesAtExit=$archive" | options
train
cp "$work/cfg" "$cfg"
[ -s "$archive" ] || { echo "appcds.sh: no archive was written:" >&2; cat "$work/log" >&2; exit 1; }

# $APPDIR is the image's lib/app wherever it is installed. A stale or foreign archive is ignored silently.
printf 'java-options=%s\n' '-XX:SharedArchiveFile=$APPDIR/protocol-desk.jsa' -Xshare:auto -Xlog:cds=off \
  -Xlog:cds+dynamic=off | options
