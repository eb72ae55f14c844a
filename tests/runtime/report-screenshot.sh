#!/usr/bin/env bash
# report-screenshot.sh DELAYC RTLIB SRC_DIR WORK_DIR — `delayc report` seen in a
# real browser.  Runs the seed example (tiny tasks, 60 items, 2 threads) with
# DELAYC_TRACE, draws the trace with `delayc report -o report.html`, opens it in
# headless Chromium, takes a screenshot and checks it is not blank
# (png_check.py: enough non-white pixels, the critical path's red, bar colours).
# Skips (exit 77) with a message when Chromium is not installed.
set -eu
delayc=$1 rtlib=$2 src=$3 work=$4
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "SKIP: chromium is not installed (apt-get install chromium, or scripts/install-deps.sh): report not checked in a browser"
  exit 77
fi
mkdir -p "$work"
cd "$work"
rm -f trace.json report.html shot.png
"$delayc" emit "$src/examples/seed/inc_double_add.c" -o seed.par.c -- -I "$src/annotations"
gcc -O2 -fopenmp -I "$src/annotations" -I "$src/runtime" seed.par.c "$rtlib" -o seed
OMP_NUM_THREADS=2 DELAYC_TRACE=trace.json ./seed 60 > /dev/null
"$delayc" report trace.json -o report.html
# a fresh profile each time; --no-sandbox: ctest may run as root
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size=1240,700 --screenshot="$work/shot.png" "file://$work/report.html" > chromium.log 2>&1 || {
  echo "chromium failed:"; tail -n 20 chromium.log; exit 1; }
python3 "$(dirname "$0")/png_check.py" shot.png
echo "screenshot: $work/shot.png"
