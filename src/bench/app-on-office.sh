# Sourced by the scripts beside it: starts the packaged app on a copy of the generated office under a private
# virtual display and sets $window, $pid and $data; everything it started is stopped on exit. Needs
#   mvn -B -Pbench verify -Dbench.include='today'   (generates target/bench/db once, if it is not there yet)
#   mvn -B -DskipTests package
cd "$(dirname "$0")/../.."
app=target/protocol-desk/bin/protocol-desk
db=$(ls -d target/bench/db/full-*/protocol-desk.db 2>/dev/null | head -1)
[ -x "$app" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
[ -n "$db" ] || { echo "generate the office first: mvn -B -Pbench verify -Dbench.include=today" >&2; exit 1; }
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
[ -n "$window" ] || { echo "no window (see $data/app.log)" >&2; exit 1; }
key() { DISPLAY=$display xdotool key --window "$window" "$@"; }
