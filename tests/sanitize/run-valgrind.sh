#!/usr/bin/env bash
# run-valgrind.sh — valgrind memcheck on the delayc command over a sample of the
# test inputs: programs of tests/diff/progs*, lit inputs under tests/lit/*/Inputs,
# three of tests/hard/*.c (bytes, macros, function pointers), a file with a
# syntax error,
# with `emit --explain` (every fifth input also `graph --format json`, and every
# fifth from the third, plus a lint corpus program, also `lint --format=sarif`:
# the lint model, every check, the SARIF writer).  Any memcheck error (invalid
# read or write, use of uninitialised memory, bad free, overlapping copy) fails
# the input; memcheck makes libclang ~20x slower, hence the sample (VG_EVERY:
# every 60th diff program, every 20th lit input).  Leaks: libclang's own allocations are suppressed (valgrind.supp);
# delayc's own are counted and reported — the command is one-shot and leaves its
# analysis to process exit (docs/reliability.md) — and fail only with
# VALGRIND_LEAKS_FATAL=1.  Ends with "N passed, N failed".
# Environment: DELAYC (required), DELAYC_INCLUDES, JOBS (default 2), VG_EVERY.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
[ -n "${DELAYC:-}" ] || { echo "run-valgrind.sh: DELAYC is not set" >&2; exit 2; }
command -v valgrind > /dev/null || { echo "run-valgrind.sh: valgrind is not installed (scripts/install-deps.sh)"; echo "0 passed, 1 failed"; exit 1; }
jobs=${JOBS:-2}
every=${VG_EVERY:-60}
work=$(mktemp -d "${TMPDIR:-/tmp}/run-valgrind.XXXXXX")
incs=()
IFS=: read -r -a dirs <<< "${DELAYC_INCLUDES:-$root/annotations:$root/runtime}"
for d in "${dirs[@]}"; do [ -n "$d" ] && incs+=("-I$d"); done

inputs=()
i=0
for p in "$root"/tests/diff/progs/*.c "$root"/tests/diff/progs2/*.c; do
    [ $((i % every)) -eq 0 ] && inputs+=("$p")
    i=$((i + 1))
done
i=0
for p in "$root"/tests/lit/*/Inputs/*.c; do
    [ $((i % 20)) -eq 0 ] && inputs+=("$p")
    i=$((i + 1))
done
for h in non_utf8 macro_calls function_pointers; do
    p=$root/tests/hard/$h.c
    [ -f "$p" ] && inputs+=("$p")
done
for p in mutates-input/histogram.c; do
    [ -f "$root/tests/lint/corpus/$p" ] && inputs+=("$root/tests/lint/corpus/$p")
done
printf '#include "delayed.h"\nDELAYED int f(int x) { return x + ; }\nint main(void) { return f(1); }\n' > "$work/syntax_error.c"
inputs+=("$work/syntax_error.c")

vg=(valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite
    --errors-for-leak-kinds=none --suppressions="$here/valgrind.supp" --num-callers=40)

# one INPUT: emit, and graph (mode 1) or lint (mode 2), under memcheck; prints one line
check() {
    local in=$1 graph=$2 n
    n=$(basename "$(dirname "$in")")_$(basename "$in" .c)
    local status=PASS why="" leaked=0
    "${vg[@]}" --log-file="$work/$n.emit.vg" "$DELAYC" emit --explain "$in" -o "$work/$n.out.c" \
        -- -std=c11 "${incs[@]}" > "$work/$n.emit.log" 2>&1
    [ $? -eq 99 ] && { status=FAIL; why="memcheck errors in emit"; }
    if [ "$graph" = 1 ]; then
        "${vg[@]}" --log-file="$work/$n.graph.vg" "$DELAYC" graph --format json "$in" -o "$work/$n.json" \
            -- -std=c11 "${incs[@]}" > "$work/$n.graph.log" 2>&1
        [ $? -eq 99 ] && { status=FAIL; why="${why:+$why; }memcheck errors in graph"; }
    fi
    if [ "$graph" = 2 ] || [[ $in == */tests/lint/* ]]; then
        "${vg[@]}" --log-file="$work/$n.lint.vg" "$DELAYC" lint --format=sarif "$in" -o "$work/$n.sarif" \
            -- -std=c11 "${incs[@]}" > "$work/$n.lint.log" 2>&1
        [ $? -eq 99 ] && { status=FAIL; why="${why:+$why; }memcheck errors in lint"; }
    fi
    leaked=$(cat "$work/$n".*.vg 2>/dev/null | sed -n 's/^==[0-9]*== \([0-9,]*\) .*are definitely lost.*/\1/p' | tr -d , \
             | awk '{s += $1} END {print s + 0}')
    if [ "${VALGRIND_LEAKS_FATAL:-0}" = 1 ] && [ "$leaked" -gt 0 ]; then
        status=FAIL; why="${why:+$why; }$leaked bytes definitely lost"
    fi
    echo "$status  $n  (leaked $leaked bytes)${why:+  $why}"
    if [ $status = FAIL ]; then
        cat "$work/$n".*.vg | grep -v '^==[0-9]*== *$' | head -n 40 | sed 's/^/    /'
    fi
}
export -f check
export DELAYC work
results=$work/results
: > "$results"
running=0
k=0
for in in "${inputs[@]}"; do
    check "$in" $(( k % 5 == 0 ? 1 : k % 5 == 2 ? 2 : 0 )) >> "$results" &
    k=$((k + 1))
    running=$((running + 1))
    if [ $running -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
done
wait
# suggest over a program of three files (every file parsed, summarized and
# costed together, then verified): blind round 54a's crash came from a stale
# index of a disposed unit and an operator read uninitialised
two=$here/suggest_program
if [ -d "$two" ]; then
    if (cd "$two" && "${vg[@]}" --log-file="$work/suggest_two.vg" "$DELAYC" suggest --explain main.c index.c hash.c \
            -- -std=c11 "${incs[@]}" > "$work/suggest_two.log" 2>&1); then
        echo "PASS  suggest over three files" >> "$results"
    else
        echo "FAIL  suggest over three files (memcheck errors: $work/suggest_two.vg)" >> "$results"
    fi
fi
cat "$results"
passed=$(grep -c '^PASS' "$results")
failed=$(grep -c '^FAIL' "$results")
total_leak=$(sed -n 's/.*(leaked \([0-9]*\) bytes).*/\1/p' "$results" | awk '{s += $1} END {print s + 0}')
echo "delayc's own leaks (not fatal unless VALGRIND_LEAKS_FATAL=1): $total_leak bytes definitely lost over ${#inputs[@]} inputs"
if [ "$failed" -eq 0 ]; then rm -rf "$work"; else echo "kept: $work"; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
