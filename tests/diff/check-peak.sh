#!/usr/bin/env bash
# check-peak.sh [PROG.c] — delayc's output must really run tasks in parallel.
# Builds delayc's output of par/peak.c (or PROG.c) with gcc, runs it with
# OMP_NUM_THREADS=2 DELAYC_STATS=1, and asserts that the runtime's stderr line
#   delayc: tasks=N peak-concurrency=P
# says P >= 2; stdout must also equal the serial build's.
# Environment: DELAYC, DELAYC_INCLUDES, DELAYC_RT as for run-diff.sh; CC (gcc).
set -u
here=$(cd "$(dirname "$0")" && pwd)
prog=${1:-$here/par/peak.c}
[ -n "${DELAYC:-}" ] || { echo "check-peak.sh: DELAYC is not set" >&2; exit 2; }
cc=${CC:-gcc}
incs=()
IFS=: read -r -a inc_dirs <<< "${DELAYC_INCLUDES:-}"
for d in "${inc_dirs[@]}"; do [ -n "$d" ] && incs+=("-I$d"); done
link=()
[ -n "${DELAYC_RT:-}" ] && link+=("$DELAYC_RT")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/check-peak.XXXXXX")
keep=0
trap '[ "$keep" = 1 ] && echo "kept: $tmp" || rm -rf "$tmp"' EXIT
fail() { echo "FAIL  peak-concurrency: $*"; keep=1; exit 1; }

"$cc" -std=c11 -O1 -Wall -Wextra -Werror "${incs[@]}" "$prog" -o "$tmp/serial" \
    || fail "serial build failed"
"$DELAYC" emit "$prog" -o "$tmp/out.c" -- -std=c11 "${incs[@]}" || fail "delayc emit failed"
"$cc" -std=c11 -O1 -fopenmp -Wall -Wextra -Werror "${incs[@]}" "$tmp/out.c" "${link[@]}" -lm \
    -o "$tmp/par" || fail "build of delayc output failed ($tmp/out.c)"
timeout 20 "$tmp/serial" > "$tmp/serial.out" || fail "serial run failed"
OMP_NUM_THREADS=2 DELAYC_STATS=1 timeout 20 "$tmp/par" > "$tmp/par.out" 2> "$tmp/par.err" \
    || fail "parallel run failed: $(cat "$tmp/par.err")"
cmp -s "$tmp/serial.out" "$tmp/par.out" || fail "stdout differs from the serial run"
line=$(grep -E '^delayc: tasks=[0-9]+ peak-concurrency=[0-9]+' "$tmp/par.err" | tail -n 1)
[ -n "$line" ] || fail "no 'delayc: tasks=N peak-concurrency=P' line on stderr (got: $(head -c 300 "$tmp/par.err"))"
tasks=$(sed -E 's/.*tasks=([0-9]+).*/\1/' <<< "$line")
peak=$(sed -E 's/.*peak-concurrency=([0-9]+).*/\1/' <<< "$line")
echo "$line"
[ "$tasks" -ge 8 ] || fail "expected at least 8 tasks, got $tasks"
[ "$peak" -ge 2 ] || fail "peak concurrency $peak < 2 with OMP_NUM_THREADS=2"
echo "PASS  peak-concurrency  tasks=$tasks peak=$peak"
