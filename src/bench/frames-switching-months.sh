#!/usr/bin/env bash
# Frame times while switching months of the calendar on the generated office (issue 8: no frame over 50 ms with the
# data cached), under a virtual display, with the app's frame-time log (PROTOCOL_DESK_FRAMES=log):
#   src/bench/frames-switching-months.sh      (after the two commands in app-on-office.sh)
# Goes back MONTHS months one at a time (each loaded as it is shown), then forward and back again over the same
# months (now cached), PAUSE seconds apart, and prints for each pass the frames the log found over 50 ms and the worst.
set -euo pipefail
months=${MONTHS:-12}
pause=${PAUSE:-1.5}
export PROTOCOL_DESK_FRAMES=log
source "$(dirname "$0")/app-on-office.sh"
sleep "${SETTLE:-15}"
key ctrl+7
sleep "${SETTLE:-15}"
slow() { grep -o 'Slow frame: [0-9]*' "$data/app.log" | awk '{print $3}' || true; }
pass() { # pass NAME KEY: presses KEY once a month, then says what the log added meanwhile
  local before; before=$(slow | wc -l)
  for _ in $(seq 1 "$months"); do key "$2"; sleep "$pause"; done
  slow | tail -n +$((before + 1)) | sort -n | awk -v name="$1" -v n="$months" '
    {count++; worst = $1} END {printf "%-34s %d months: %d frames over 50 ms, worst %s ms\n", name, n, count, count ? worst : "under 50"}'
}
pass "back, each month loaded:" Prior
pass "forward again, cached:" Next
pass "back again, cached:" Prior
