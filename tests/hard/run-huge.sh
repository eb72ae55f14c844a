#!/usr/bin/env bash
# run-huge.sh — tests/hard's huge input: make-huge.py writes a ~50,000-line
# program with ~4,000 delayed call sites, then run-hard.sh checks it like the
# other hard inputs (its HARD-* lines: gcc at -O0, 2 threads, 600 s for delayc).
set -u
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/run-huge.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 "$here/make-huge.py" "$work/huge.c" "${HUGE_LINES:-50000}" || exit 1
echo "huge.c: $(wc -l < "$work/huge.c") lines, $(grep -c 'fill(a, 8' "$work/huge.c") spawning functions"
bash "$here/run-hard.sh" "$work/huge.c"
