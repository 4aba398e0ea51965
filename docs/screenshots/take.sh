#!/usr/bin/env bash
# Regenerates the screenshots of the README from the real app under a virtual display (Xvfb):
#   docs/screenshots/take.sh            (after `mvn -B -DskipTests package`)
#   docs/screenshots/take.sh today calendar-month-dark   (only the shots named)
# Each shot starts the app on a fresh demo database, presses the keys of its screen and saves a PNG here.
set -euo pipefail
cd "$(dirname "$0")/../.."
need=(); for t in Xvfb:xvfb xdotool:xdotool import:imagemagick; do command -v "${t%%:*}" >/dev/null || need+=("${t#*:}"); done
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
[ ${#need[@]} -eq 0 ] || { apt-get update -q && apt-get install -y -q --no-install-recommends "${need[@]}"; }

only=("$@")
app=${APP:-target/protocol-desk/bin/protocol-desk}
[ -x "$app" ] || { echo "take.sh: build first: mvn -B -DskipTests package" >&2; exit 1; }

shot() { # shot NAME KEYS...   (a key: an xdotool key name, KEY*N to press it N times, type:TEXT to type)
  local name=$1; shift
  local data; data=$(mktemp -d)
  [ "${THEME:-LIGHT}" = DARK ] && echo "theme=DARK" > "$data/window.properties" && name=$name-dark
  if [ ${#only[@]} -gt 0 ] && [[ " ${only[*]} " != *" $name "* ]]; then rm -rf "$data"; return 0; fi
  local display=:$(( (RANDOM % 400) + 100 ))
  Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & local xvfb=$!
  sleep 1
  local trace; trace=$(mktemp)
  DISPLAY=$display PROTOCOL_DESK_STARTUP_TRACE="$trace" "$app" --data-dir "$data" >"$data/app.log" 2>&1 & local pid=$!
  local window=""
  for _ in $(seq 1 60); do
    window=$(DISPLAY=$display xdotool search --onlyvisible --name "Protocol Desk" 2>/dev/null | head -1) && [ -n "$window" ] && break
    sleep 1
  done
  [ -n "$window" ] || { echo "take.sh: no window for $name (see $data/app.log)" >&2; kill $pid $xvfb; return 1; }
  # Wait for the data, not a guess of its time: the app notes "today-filled" once Today shows the demo data.
  for _ in $(seq 1 300); do grep -q today-filled "$trace" && break; sleep 1; done
  sleep "${SETTLE:-3}"
  for key in "$@"; do
    case $key in
      type:*) DISPLAY=$display xdotool type --window "$window" --delay 60 "${key#type:}";;
      *'*'*) DISPLAY=$display xdotool key --window "$window" --repeat "${key#*\*}" --delay 150 "${key%%\**}";;
      *) DISPLAY=$display xdotool key --window "$window" "$key";;
    esac
    sleep 2
  done
  sleep "${SETTLE:-3}" # the last key's screen loads its data
  DISPLAY=$display import -window "$window" "docs/screenshots/$name.png"
  kill $pid; sleep 1; kill -9 $pid 2>/dev/null || true; kill $xvfb
  rm -rf "$data" "$trace"
  echo "docs/screenshots/$name.png"
}

shot today
shot counterparts ctrl+2
shot meetings ctrl+5
shot invitations ctrl+6
# The demo data is of 2023-2025: the calendar goes back from today's month to May 2024, the Dushanbe meetings.
back=$(( ($(date +%Y) - 2024) * 12 + 10#$(date +%m) - 5 ))
today=$(( $(date -u +%s) / 86400 )); monday=$(( today - (today + 3) % 7 )) # epoch day 0 was a Thursday
weeks=$(( (monday - $(date -u -d 2024-05-13 +%s) / 86400) / 7 ))          # back to the week of 13 May 2024
dow=$(date -u +%u); to_thursday=$(( 4 - dow ))                              # the day view on Thursday 16 May 2024
thursday=shift; [ $to_thursday -gt 0 ] && thursday="Next*$to_thursday"; [ $to_thursday -lt 0 ] && thursday="Prior*$(( -to_thursday ))"
for theme in LIGHT DARK; do
  THEME=$theme shot calendar-month ctrl+7 "Prior*$back"
  THEME=$theme shot calendar-week ctrl+7 w "Prior*$weeks"
  THEME=$theme shot calendar-day ctrl+7 w "Prior*$weeks" d "$thursday"
  THEME=$theme shot timeline-counterpart ctrl+8 ctrl+f type:Noziri Return
  THEME=$theme shot timeline-country ctrl+8 ctrl+f type:Tajikistan Return
  THEME=$theme shot today
done
