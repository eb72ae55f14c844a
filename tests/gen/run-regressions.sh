#!/usr/bin/env bash
# run-regressions.sh [DIR] — replays every DIR/*.c (default tests/gen/regressions)
# through tests/diff/run-diff.sh, and every program of several files (a directory
# DIR/NAME/ with SOURCES) through tests/diff/run-multi.sh; its main.c holds the
# header.  These are programs the soak found and reduced.
# A file whose first lines contain "XFAIL:" documents a delayc bug that is not
# fixed yet: it is expected to fail (XFAIL); if it passes, that is reported as
# XPASS and counts as a failure, so that the marker gets removed.  Environment as
# for run-diff.sh.  Ends with "N passed, N failed[, N xfail]".
set -u
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:-$here/regressions}
passed=0 failed=0 xfailed=0
shopt -s nullglob
for prog in "$dir"/*.c "$dir"/*/SOURCES; do
    if [ "$(basename "$prog")" = SOURCES ]; then
        prog=$(dirname "$prog") name=$(basename "$prog") head=$prog/main.c
        script=$here/../diff/run-multi.sh
    else
        name=$(basename "$prog" .c) head=$prog script=$here/../diff/run-diff.sh
    fi
    xfail=$(head -n 12 "$head" 2>/dev/null | grep -o 'XFAIL:.*' | head -n 1 | sed 's| *\*/ *$||')
    out=$(bash "$script" "$prog" 2>&1)
    rc=$?
    if [ -n "$xfail" ]; then
        if [ $rc -eq 0 ]; then
            echo "XPASS $name  (marked $xfail; it passes now: remove the marker)"
            failed=$((failed + 1))
        else
            echo "XFAIL $name  ($xfail)"
            xfailed=$((xfailed + 1))
        fi
    elif [ $rc -eq 0 ]; then
        echo "PASS  $name"
        passed=$((passed + 1))
    else
        echo "FAIL  $name"
        printf '%s\n' "$out" | grep -v '^PASS' | sed 's/^/    /'
        failed=$((failed + 1))
    fi
done
if [ $xfailed -gt 0 ]; then
    echo "$passed passed, $failed failed, $xfailed xfail"
else
    echo "$passed passed, $failed failed"
fi
[ $failed -eq 0 ]
