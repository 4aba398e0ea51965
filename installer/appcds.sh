#!/usr/bin/env bash
# Gives an app image class-data sharing: the runtime's default CDS archive (jlink on 17 leaves it out), then an
# AppCDS archive of the classes a start loads. A training run under a virtual display starts the image on the demo
# data and closes it once the Today screen is filled, recording the classes it loaded in
# lib/app/protocol-desk.classlist; lib/app/cds-archive.sh (installer/cds-archive.sh) makes the archive from that list.
# On JDK 17 the archive serves only the folder it was made in: the .deb carries the list and the script, and its
# postinst makes the archive under /opt/protocol-desk. The launcher maps the archived classes instead of loading and
# verifying them from the jars; a missing, stale or foreign archive is ignored silently.
#   installer/appcds.sh APP_IMAGE        (Linux; elsewhere the image keeps the default archive only)
set -euo pipefail
image=$(cd "$1" && pwd)
java=$image/lib/runtime/bin/java
cfg=$image/lib/app/protocol-desk.cfg
classlist=$image/lib/app/protocol-desk.classlist

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

# The launcher takes its JVM options from its .cfg only: the recording option goes there for the training run.
cp "$cfg" "$work/cfg"
options() { sed -i "/^\[JavaOptions\]/r /dev/stdin" "$cfg"; }
train() { # a start on the demo data, as a user makes it, closing itself once Today is filled
  PROTOCOL_DESK_STARTUP_TRACE=$work/trace PROTOCOL_DESK_STARTUP_EXIT=true \
    timeout 180 "$image/bin/protocol-desk" --data-dir "$work/data" >"$work/log" 2>&1 \
    || { cp "$work/cfg" "$cfg"; echo "appcds.sh: the training run failed:" >&2; cat "$work/log" >&2; exit 1; }
}
mkdir -m 700 "$work/data"
train # the first start loads the demo data; an ordinary start, the next, is what the archive is for
echo "java-options=-XX:DumpLoadedClassList=$classlist" | options
train
cp "$work/cfg" "$cfg"
[ -s "$classlist" ] || { echo "appcds.sh: no class list was written:" >&2; cat "$work/log" >&2; exit 1; }

cp "$(dirname "$0")/cds-archive.sh" "$image/lib/app/cds-archive.sh"
"$image/lib/app/cds-archive.sh" "$image"
# $APPDIR is the image's lib/app wherever it is installed.
printf 'java-options=%s\n' '-XX:SharedArchiveFile=$APPDIR/protocol-desk.jsa' -Xshare:auto -Xlog:cds=off \
  -Xlog:cds+dynamic=off | options
