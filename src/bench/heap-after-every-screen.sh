#!/usr/bin/env bash
# The app's heap after visiting every screen on the generated office (issue 8: under 300 MB), under a virtual display:
#   mvn -B -Pbench verify -Dbench.include='today'   (generates target/bench/db once, if it is not there yet)
#   mvn -B -DskipTests package
#   src/bench/heap-after-every-screen.sh
# Starts the packaged app on a copy of the generated database, visits every section (Ctrl+1 ... Ctrl+0, and
# Follow-ups from the navigation rail), waits for each to load, then prints the heap in use before and after a full
# collection (jcmd GC.heap_info). SETTLE (seconds a screen is given to load, default 15) and XY_FOLLOW_UPS (where the
# rail's Follow-ups button is, default 94 521 in the window the app opens at) can be set.
set -euo pipefail
cd "$(dirname "$0")/../.."
app=target/protocol-desk/bin/protocol-desk
db=$(ls -d target/bench/db/full-*/protocol-desk.db 2>/dev/null | head -1)
[ -x "$app" ] || { echo "heap: build first: mvn -B -DskipTests package" >&2; exit 1; }
[ -n "$db" ] || { echo "heap: generate the office first: mvn -B -Pbench verify -Dbench.include=today" >&2; exit 1; }
settle=${SETTLE:-15}
data=$(mktemp -d)
cp "$db" "$data/"
display=:$(( (RANDOM % 400) + 500 ))
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
cleanup() { kill "$pid" 2>/dev/null || true; sleep 1; kill -9 "$pid" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$data"; }
sleep 1
DISPLAY=$display "$app" --data-dir "$data" >"$data/app.log" 2>&1 & pid=$!
trap cleanup EXIT
window=""
for _ in $(seq 1 120); do
  window=$(DISPLAY=$display xdotool search --onlyvisible --name "Protocol Desk" 2>/dev/null | head -1) && [ -n "$window" ] && break
  sleep 1
done
[ -n "$window" ] || { echo "heap: no window (see $data/app.log)" >&2; exit 1; }
sleep "$settle"
for key in 1 2 3 4 5 6 7 8 9 0; do
  DISPLAY=$display xdotool key --window "$window" "ctrl+$key"
  sleep "$settle"
done
DISPLAY=$display xdotool mousemove --window "$window" ${XY_FOLLOW_UPS:-94 521} click 1
sleep "$settle"
java_pid=$(pgrep -P "$pid" java || echo "$pid")
used() { jcmd "$java_pid" GC.heap_info | awk '/garbage-first heap|def new generation|PSYoungGen|ParOldGen|total.*used/ {print; exit}'; }
echo "after visiting every screen: $(used)"
jcmd "$java_pid" GC.run >/dev/null
echo "after a full collection:     $(used)"
