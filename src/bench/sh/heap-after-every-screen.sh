#!/bin/bash
# The app's heap after visiting every screen on the generated office (issue 8: under 300 MB).
# Run `mvn -B -Pbench verify` first: it builds target/protocol-desk and the office in target/bench/run.
# Starts the real app on a copy of that database under a private virtual display, opens each section of the
# navigation (Ctrl+1 .. Ctrl+8) with a pause for its load, takes a screenshot of each into target/bench/screens/,
# then forces a full GC and reports the heap in use (jcmd GC.heap_info) into target/bench/heap.txt.
set -eu
cd "$(dirname "$0")/../../.."
[ -x target/protocol-desk/bin/protocol-desk ] || { echo "heap: build first (mvn -B -Pbench verify)" >&2; exit 1; }
[ -f target/bench/run/protocol-desk.db ] || { echo "heap: no generated office (mvn -B -Pbench verify)" >&2; exit 1; }
settle=${SETTLE_SECONDS:-6}
data=target/bench/heap-data screens=target/bench/screens
rm -rf "$data" && mkdir -p "$data" "$screens" && chmod 700 "$data"
cp target/bench/run/protocol-desk.db "$data/"

display=$(( (RANDOM % 400) + 500 )); while [ -e /tmp/.X$display-lock ]; do display=$((display + 1)); done
Xvfb :$display -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
export DISPLAY=:$display
sleep 1
target/protocol-desk/bin/protocol-desk --data-dir "$data" --no-demo >target/bench/heap-app.log 2>&1 & app=$!
trap 'kill $app 2>/dev/null; sleep 1; kill -9 $app 2>/dev/null; kill $xvfb 2>/dev/null' EXIT

window=""
for _ in $(seq 1 120); do
  window=$(xdotool search --onlyvisible --name . 2>/dev/null | tail -1) && [ -n "$window" ] && break
  kill -0 $app 2>/dev/null || { echo "heap: the app exited (target/bench/heap-app.log)" >&2; exit 1; }
  sleep 1
done
[ -n "$window" ] || { echo "heap: no window" >&2; exit 1; }
sleep "$settle"
sections=(today counterparts organisations trips meetings invitations calendar timeline)
for i in "${!sections[@]}"; do
  xdotool windowfocus "$window" 2>/dev/null || true
  xdotool key "ctrl+$((i + 1))"
  sleep "$settle"
  import -window root "$screens/${sections[$i]}.png"
done
jcmd $app GC.run >/dev/null
sleep 2
{
  echo "Heap after visiting every screen on the generated office (target/bench/run):"
  jcmd $app GC.heap_info | sed 1d
} | tee target/bench/heap.txt
