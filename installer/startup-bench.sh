#!/usr/bin/env bash
# Start-up benchmark: time from process start to the main window's first frame and to the filled Today screen, for
# the app image on the demo data, against a bare JavaFX window of the same size run by the same runtime, alternating,
# under a private virtual display. Prints the medians and the ratios, the CPU time of the runs (the wall times
# of a shared, busy machine say more about the load than about the app), and the median moment of each step the app
# marks on its way (app/StartupTrace.java). Given several images (two builds to compare), it runs them in turn in
# each round, after the bare window of the first one's runtime. With -s, each round also starts skeleton windows
# (installer/bench/BareWindow.java): plain JavaFX controls in the app's theme, from one label to the shell and four
# tables, which show what any window of that content costs against the bare one.
#   installer/startup-bench.sh [-n RUNS] [-s] [APP_IMAGE...]     (default: 10 runs of target/installer/protocol-desk)
# Build the image first: mvn -B -Pinstaller -DskipTests package. Installs Xvfb with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=10
skeletons=()
while getopts "n:s" o; do case $o in n) runs=$OPTARG;; s) skeletons=(label menu-bar shell shell-tables);; *) exit 2;; esac; done
shift $((OPTIND - 1))
images=()
for image in "${@:-target/installer/protocol-desk}"; do images+=("$(cd "$image" && pwd)"); done
javac=${JAVA_HOME:+$JAVA_HOME/bin/}javac

source installer/xvfb.sh
work=$(mktemp -d)
trap 'kill $XVFB_PID 2>/dev/null || true; rm -rf "$work"' EXIT
xvfb_start

"$javac" -d "$work/bare" --module-path target/protocol-desk/javafx --add-modules javafx.controls \
  installer/bench/BareWindow.java
export PROTOCOL_DESK_STARTUP_EXIT=true

# The CPU time of each run as well (GNU time): unlike the wall time it hardly depends on what else the machine runs.
timed=(); [ -x /usr/bin/time ] && timed=(/usr/bin/time -f "%U %S" -o "$work/cpu")

# One run: prints "first-frame-ms today-filled-ms cpu-ms" since the process was started (cpu 0 if not measured).
# Data set before the first frame shows in it: Today counts as filled at the later of the two.
run() {
  export PROTOCOL_DESK_STARTUP_TRACE=$work/trace
  rm -f "$work/trace" "$work/cpu"
  local start
  start=$(date +%s%3N)
  "${timed[@]}" "$@" >"$work/log" 2>&1 || { echo "startup-bench: the run failed:" >&2; cat "$work/log" >&2; exit 1; }
  local cpu=0
  [ -s "$work/cpu" ] && cpu=$(awk 'END { printf "%d", ($1 + $2) * 1000 }' "$work/cpu")
  awk -v start="$start" -v cpu="$cpu" '{ t[$1] = $2 - start } END { f = t["today-filled"]; if (f != "" && f < t["first-frame"]) f = t["first-frame"]; print t["first-frame"], (f == "" ? 0 : f), cpu }' "$work/trace"
  awk -v start="$start" '{ print $1, $2 - start }' "$work/trace" >>"$work/steps"
}
# app N: a start of the Nth image on its own copy of the demo data.
app() { rm -f "$work/steps"; run "${images[$1]}/bin/protocol-desk" --data-dir "$work/data$1"; }
# The bare window gets the JVM options of the app's launcher (lib/app/protocol-desk.cfg) that are not the app's own.
# bare [SKELETON]: the skeletons take the theme from the app's jar.
bare() {
  run "${images[0]}/lib/runtime/bin/java" -Dprism.lcdtext=false -XX:TieredStopAtLevel=1 \
    -cp "$work/bare:$(echo "${images[0]}"/lib/app/protocol-desk-*.jar)" BareWindow "$@"
}

for n in "${!images[@]}"; do
  mkdir -m 700 "$work/data$n"
  app "$n" >/dev/null # the first start loads the demo data; the runs measure ordinary starts
  app "$n" >/dev/null # one warm-up each: the first run of a kind pays the disk cache
done
bare >/dev/null
for i in $(seq "$runs"); do
  bare >>"$work/bare.times"
  line="run $i: bare $(tail -1 "$work/bare.times") ms"
  for skeleton in "${skeletons[@]}"; do
    bare "$skeleton" >>"$work/$skeleton.times"
    line="$line, $skeleton $(cut -d' ' -f1 <"$work/$skeleton.times" | tail -1) ms"
  done
  for n in "${!images[@]}"; do
    app "$n" >>"$work/app$n.times"
    cat "$work/steps" >>"$work/app$n.steps"
    line="$line, app${images[1]:+ $n} $(tail -1 "$work/app$n.times") ms"
  done
  echo "$line (first frame, filled, cpu)" >&2
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
bare_frame=$(cut -d' ' -f1 "$work/bare.times" | median)
bare_cpu=$(cut -d' ' -f3 "$work/bare.times" | median)
echo "medians of $runs alternating runs under Xvfb, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg):"
echo "  bare JavaFX window, first frame: $bare_frame ms"
for skeleton in "${skeletons[@]}"; do
  frame=$(cut -d' ' -f1 "$work/$skeleton.times" | median)
  echo "  skeleton $skeleton, first frame: $frame ms  ($(ratio "$frame" "$bare_frame")x the bare window)"
done
for n in "${!images[@]}"; do
  times=$work/app$n.times
  app_frame=$(cut -d' ' -f1 "$times" | median)
  app_filled=$(cut -d' ' -f2 "$times" | median)
  app_cpu=$(cut -d' ' -f3 "$times" | median)
  echo "Protocol Desk, ${images[$n]}:"
  echo "  first frame:  $app_frame ms  ($(ratio "$app_frame" "$bare_frame")x the bare window)"
  echo "  Today filled: $app_filled ms  ($(ratio "$app_filled" "$bare_frame")x the bare window)"
  if [ "$bare_cpu" != 0 ]; then
    echo "  CPU time of a whole run (user+sys): $app_cpu ms to the filled Today and its close, bare $bare_cpu ms ($(ratio "$app_cpu" "$bare_cpu")x)"
  fi
  echo "  the app's steps (median ms since process start, in the order of their medians; see app/StartupTrace.java):"
  awk '{ print $1 }' "$work/app$n.steps" | sort -u | while read -r step; do
    echo "$(awk -v s="$step" '$1 == s { print $2 }' "$work/app$n.steps" | median) $step"
  done | sort -n | awk '{ printf "    %6d  %s\n", $1, $2 }'
done
