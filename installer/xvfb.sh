# Sourced by the installer scripts that need a display: starts a private Xvfb (installing it with apt-get when
# missing, as root), exports DISPLAY and sets XVFB_PID for the caller's cleanup.
xvfb_start() {
  if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
    apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends xvfb xdotool libgtk-3-0 >/dev/null
  fi
  local display=$(( (RANDOM % 400) + 100 ))
  while [ -e /tmp/.X$display-lock ]; do display=$((display + 1)); done
  Xvfb :$display -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  export DISPLAY=:$display
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$display ] && return 0; sleep 0.1; done
  echo "xvfb: the virtual display did not start" >&2
  return 1
}
