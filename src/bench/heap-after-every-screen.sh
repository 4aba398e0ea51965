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
settle=${SETTLE:-15}
source "$(dirname "$0")/app-on-office.sh"
sleep "$settle"
for key in 1 2 3 4 5 6 7 8 9 0; do
  key "ctrl+$key"
  sleep "$settle"
done
DISPLAY=$display xdotool mousemove --window "$window" ${XY_FOLLOW_UPS:-94 521} click 1
sleep "$settle"
java_pid=$(pgrep -P "$pid" java || echo "$pid")
used() { jcmd "$java_pid" GC.heap_info | awk '/garbage-first heap|def new generation|PSYoungGen|ParOldGen|total.*used/ {print; exit}'; }
echo "after visiting every screen: $(used)"
jcmd "$java_pid" GC.run >/dev/null
echo "after a full collection:     $(used)"
