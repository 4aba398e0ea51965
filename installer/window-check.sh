#!/usr/bin/env bash
# Starts a Protocol Desk command under a private virtual display and fails unless its main window appears within
# the limit and the command printed nothing meanwhile (a normal start is silent).
#   installer/window-check.sh [-t SECONDS] -- COMMAND [ARGS...]
# e.g. installer/window-check.sh -- target/installer/protocol-desk/bin/protocol-desk --data-dir "$(mktemp -d)"
# Installs Xvfb and xdotool with apt-get when missing (as root).
set -euo pipefail
limit=60
while getopts "t:" o; do case $o in t) limit=$OPTARG;; *) exit 2;; esac; done
shift $((OPTIND - 1)); [ "${1:-}" = -- ] && shift
[ $# -gt 0 ] || { echo "window-check: no command" >&2; exit 2; }

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi

display=$(( (RANDOM % 400) + 500 )); while [ -e /tmp/.X$display-lock ]; do display=$((display + 1)); done
Xvfb :$display -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
output=$(mktemp)
app=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null && sleep 1; kill -9 "$app" 2>/dev/null || true; fi
  kill "$xvfb" 2>/dev/null || true
  rm -f "$output"
}
trap cleanup EXIT
export DISPLAY=:$display
for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done

start=$(date +%s%N)
"$@" >"$output" 2>&1 & app=$!
window=""
while [ -z "$window" ]; do
  window=$(xdotool search --onlyvisible --name '^Protocol Desk$' 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  if ! kill -0 "$app" 2>/dev/null; then
    echo "window-check: the command exited before showing its window; it printed:" >&2; cat "$output" >&2; exit 1
  fi
  if [ $(( ($(date +%s%N) - start) / 1000000000 )) -ge "$limit" ]; then
    echo "window-check: no main window within $limit s; the command printed:" >&2; cat "$output" >&2; exit 1
  fi
  sleep 0.2
done
echo "window-check: main window shown after $(( ($(date +%s%N) - start) / 1000000 )) ms"
sleep 2 # what a start prints comes out around the first frames
if [ -s "$output" ]; then
  echo "window-check: a normal start must print nothing, but it printed:" >&2; cat "$output" >&2; exit 1
fi
