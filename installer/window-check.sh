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

source "$(dirname "$0")/xvfb.sh"
xvfb_start
output=$(mktemp)
app=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null && sleep 1; kill -9 "$app" 2>/dev/null || true; fi
  kill "$XVFB_PID" 2>/dev/null || true
  rm -f "$output"
}
trap cleanup EXIT

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
