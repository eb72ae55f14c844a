#!/usr/bin/env bash
# report-screenshot.sh DELAYC RTLIB SRC_DIR WORK_DIR — `delayc report` seen in a
# real browser, as a person would look at it.
#
# Two real runs, traced with DELAYC_TRACE and drawn with `delayc report`:
#   small  the seed example (tiny tasks, 60 items, 2 threads: 181 tasks)
#   large  bench/kernels/sparselu.c with 44 x 44 blocks (about 8,000 tasks of
#          four functions, 2 threads: lu0 is 0.2% of the task time)
# Each report is opened in headless Chromium: a screenshot (1400 x 900) and
# the DOM after the page's script ran; png_check.py checks them (not blank;
# the legend; every function's colour in the lanes, the short ones too; the
# critical path's track; the parallelism strip; the tables; nothing fetched).
# The large one also zoomed in through the address (#t=FROM,TO) with a
# tooltip shown: the DOM must show the window and the tooltip's task.  The
# PNGs stay in WORK_DIR to be looked at.  Skips (exit 77) with a message when
# Chromium is not installed.
set -eu
delayc=$1 rtlib=$2 src=$3 work=$4
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "SKIP: chromium is not installed (apt-get install chromium): report not checked in a browser"
  exit 77
fi
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work"
cd "$work"
rm -rf profile-* *.png *.dom.html *.json report-*.html

# chromium URL OUT.png OUT.dom.html: a screenshot and the DOM, each with a fresh
# profile; --no-sandbox: ctest may run as root; nothing reaches the network.
browse() {
  local flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
               --disable-component-update --disable-sync --hide-scrollbars --window-size=1400,900)
  timeout 120 "$chromium" "${flags[@]}" --user-data-dir="$work/profile-1" --screenshot="$work/$2" "$1" \
    > chromium.log 2>&1 || { echo "chromium failed:"; tail -n 20 chromium.log; exit 1; }
  timeout 120 "$chromium" "${flags[@]}" --user-data-dir="$work/profile-2" --dump-dom "$1" > "$3" 2> chromium.log \
    || { echo "chromium failed:"; tail -n 20 chromium.log; exit 1; }
  rm -rf "$work"/profile-*
}

cflags=(-O2 -fopenmp -I "$src/annotations" -I "$src/runtime" -I "$src/bench")
"$delayc" emit "$src/examples/seed/inc_double_add.c" -o seed.par.c -- -I "$src/annotations"
gcc "${cflags[@]}" seed.par.c "$rtlib" -o seed
OMP_NUM_THREADS=2 DELAYC_TRACE=small.json ./seed 60 > /dev/null
"$delayc" report small.json -o report-small.html
browse "file://$work/report-small.html" small.png small.dom.html
python3 "$here/png_check.py" small.png small.dom.html --sparse   # tiny tasks: mostly idle threads

"$delayc" emit "$src/bench/kernels/sparselu.c" -o sparselu.par.c -- -I "$src/bench" -I "$src/annotations"
gcc "${cflags[@]}" sparselu.par.c "$rtlib" -o sparselu
OMP_NUM_THREADS=2 DELAYC_TRACE=large.json ./sparselu 44 > /dev/null 2>&1
ntask=$(grep -c '"ph":"X"' large.json)
echo "large trace: $ntask tasks"
[ "$ntask" -ge 7000 ]
"$delayc" report large.json -o report-large.html
browse "file://$work/report-large.html" large.png large.dom.html
python3 "$here/png_check.py" large.png large.dom.html --busy 0.5
grep -q "data-visible=\"$ntask\"" large.dom.html || { echo "FAILED: the whole-run view does not draw all $ntask tasks"; exit 1; }

# Zoomed in on 0.4 ms, a tooltip over the first thread's lane.  The window is
# the busiest the trace itself shows (both threads at work most of it, from
# 100 ms on), and the drawing must fill the lanes as much as the trace does
# there: on a loaded machine the second thread may have had no window of 0.4
# ms busy at all, and that is the machine's doing, not the report's.
read -r t0 need < <(python3 - large.json <<'PY'
import json, sys
ev = [e for e in json.load(open(sys.argv[1]))["traceEvents"] if e.get("ph") == "X"]
end = max(e["ts"] + e["dur"] for e in ev)
best, at = -1.0, 100000
for start in range(100000, max(100001, int(end) - 400), 100):
    busy = sum(max(0.0, min(e["ts"] + e["dur"], start + 400) - max(e["ts"], start)) for e in ev) / 800.0
    if busy > best:
        best, at = busy, start
    if busy >= 0.9:
        break
print(at, "%.2f" % min(0.5, 0.8 * best))
PY
)
ms=$(awk -v t="$t0" 'BEGIN { printf "%.1f", t / 1000 }')
echo "zoom: 0.4 ms from $ms ms (the lanes at least $need filled)"
browse "file://$work/report-large.html#t=$t0,$((t0 + 400))&hover=600,80" zoom.png zoom.dom.html
python3 "$here/png_check.py" zoom.png zoom.dom.html --busy "$need" --zoomed
grep -q "id=\"range\">showing $ms ms" zoom.dom.html || { echo "FAILED: the zoomed view is not $ms ms onwards"; exit 1; }
# (a thread may be idle under the pointer: two more places before giving up)
tip='id="tip" style="display: block;[^>]*>.*task [0-9]+, line [0-9]+, thread [0-9]'
for x in 400 800; do
  grep -Eq "$tip" zoom.dom.html && break
  browse "file://$work/report-large.html#t=$t0,$((t0 + 400))&hover=$x,80" zoom.png zoom.dom.html
done
grep -Eq "$tip" zoom.dom.html || { echo "FAILED: no tooltip naming a task"; exit 1; }
echo "report-screenshot: ok; look at $work/small.png $work/large.png $work/zoom.png"
