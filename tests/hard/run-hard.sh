#!/usr/bin/env bash
# run-hard.sh FILE.c — one hard input for delayc (tests/hard, docs/reliability.md).
#
# delayc must never crash on it.  Then, as the file's header says:
#   HARD-EXPECT: equal   (default) `delayc emit` succeeds; for every compiler the
#                        output builds, adds no warning the serial build does not
#                        have (-Wall -Wextra), and prints the same and exits the
#                        same as the serial build under every thread count
#   HARD-EXPECT: refuse  `delayc emit` exits 1 with an error message, writes no
#                        output and does not crash (input libclang rejects)
#   HARD-EXPLAIN: REGEX  some `--explain` line matches (a call left serial, and why);
#                        may be given several times
#   HARD-CC: gcc         compilers (default: gcc clang)
#   HARD-CFLAGS: ...     extra flags for delayc's parse and both builds (default -std=c11)
#   HARD-OPT: -O0        optimisation level of the builds (default -O1)
#   HARD-THREADS: 2      OMP_NUM_THREADS values (default 1 2 4)
#   HARD-TIMEOUT: 600    seconds allowed for delayc itself (default 120)
#   HARD-XFAIL: why      a known delayc bug: the checks are expected to fail (XFAIL,
#                        exit 0); if they all pass the result is XPASS (exit 1: drop
#                        the line).  A crash of delayc fails even so.
# `delayc graph --format json` must succeed too (when emit does) and print valid
# UTF-8 JSON.  Environment: DELAYC (required), DELAYC_INCLUDES, DELAYC_RT.
set -u
[ $# -eq 1 ] || { echo "usage: DELAYC=... $0 FILE.c" >&2; exit 2; }
[ -n "${DELAYC:-}" ] || { echo "run-hard.sh: DELAYC is not set" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
prog=$1
name=$(basename "$prog" .c)
work=$(mktemp -d "${TMPDIR:-/tmp}/run-hard.XXXXXX")
failed=0 crashed=0
fail() { echo "FAIL  $name  $*"; failed=1; }

xfail_why=""
finish() { # the verdict, taking HARD-XFAIL into account; exits
    if [ -n "$xfail_why" ] && [ $crashed -eq 0 ]; then
        if [ $failed -ne 0 ]; then echo "XFAIL $name  ($xfail_why)"; rm -rf "$work"; exit 0; fi
        echo "XPASS $name  (marked HARD-XFAIL: $xfail_why; it passes now: remove the line)"; rm -rf "$work"; exit 1
    fi
    if [ $failed -eq 0 ]; then echo "PASS  $name"; rm -rf "$work"; else echo "kept: $work"; fi
    exit $failed
}

directive() { # directive NAME: the values of "NAME: value" lines in the header
    head -n 40 "$prog" | LC_ALL=C sed -n "s/.*$1: *\\(.*[^ ]\\) *\$/\\1/p"
}
xfail_why=$(directive HARD-XFAIL | head -n 1)
expect=$(directive HARD-EXPECT | head -n 1)
expect=${expect:-equal}
ccs=$(directive HARD-CC | head -n 1)
ccs=${ccs:-gcc clang}
cflags=$(directive HARD-CFLAGS | head -n 1)
cflags=${cflags:--std=c11}
case "$cflags" in *-std=*) ;; *) cflags="-std=c11 $cflags" ;; esac
opt=$(directive HARD-OPT | head -n 1)
opt=${opt:--O1}
threads=$(directive HARD-THREADS | head -n 1)
threads=${threads:-1 2 4}
tmo=$(directive HARD-TIMEOUT | head -n 1)
tmo=${tmo:-120}
incs=()
IFS=: read -r -a dirs <<< "${DELAYC_INCLUDES:-$root/annotations:$root/runtime}"
for d in "${dirs[@]}"; do [ -n "$d" ] && incs+=("-I$d"); done
read -r -a cf <<< "$cflags"

# ---- delayc emit ----
t0=$(date +%s)
timeout "$tmo" "$DELAYC" emit --explain "$prog" -o "$work/out.c" -- "${cf[@]}" "${incs[@]}" \
    > "$work/emit.out" 2> "$work/emit.err"
rc=$?
echo "delayc emit: exit $rc in $(( $(date +%s) - t0 ))s, $(grep -c 'explain:' "$work/emit.err") explain lines"
if [ $rc -eq 124 ]; then
    fail "delayc emit timed out after ${tmo}s"
elif [ $rc -ge 128 ] || grep -qE 'AddressSanitizer|runtime error|Segmentation|Assertion' "$work/emit.err"; then
    fail "delayc emit crashed (exit $rc)"; crashed=1
    sed 's/^/    /' "$work/emit.err" | head -n 20
fi
if [ "$expect" = refuse ]; then
    if [ $rc -ne 1 ]; then
        fail "expected delayc to refuse the file (exit 1), got exit $rc"
    elif [ -e "$work/out.c" ]; then
        fail "delayc refused the file but left an output"
    elif ! grep -q 'error' "$work/emit.err"; then
        fail "delayc refused the file without an error message"
    else
        echo "refused as expected: $(grep -m1 'error' "$work/emit.err")"
    fi
    finish
fi
if [ $rc -ne 0 ]; then
    fail "delayc emit failed (exit $rc)"
    sed 's/^/    /' "$work/emit.err" | head -n 20
    finish
fi

# ---- explain lines expected ----
while IFS= read -r re; do
    [ -n "$re" ] || continue
    if ! grep 'explain:' "$work/emit.err" | grep -qE "$re"; then
        fail "no --explain line matches /$re/"
        grep 'explain:' "$work/emit.err" | head -n 10 | sed 's/^/    /'
    fi
done < <(directive HARD-EXPLAIN)

# ---- graph: succeeds, valid UTF-8 JSON ----
if timeout "$tmo" "$DELAYC" graph --format json "$prog" -o "$work/graph.json" -- "${cf[@]}" "${incs[@]}" \
        > /dev/null 2> "$work/graph.err"; then
    if ! python3 -c 'import json,sys; json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))' \
            "$work/graph.json" 2> "$work/json.err"; then
        fail "delayc graph --format json is not valid UTF-8 JSON: $(tail -n 1 "$work/json.err")"
    fi
else
    rc=$?
    if [ $rc -ge 128 ]; then fail "delayc graph crashed (exit $rc)"; crashed=1; else fail "delayc graph failed (exit $rc)"; fi
    sed 's/^/    /' "$work/graph.err" | head -n 10
fi

# ---- builds and runs ----
for cc in $ccs; do
    d=$work/$cc
    mkdir -p "$d"
    if ! $cc "${cf[@]}" $opt -Wall -Wextra "${incs[@]}" "$prog" -o "$d/serial" -lm > "$d/serial.log" 2>&1; then
        fail "$cc: serial build failed"; sed 's/^/    /' "$d/serial.log" | head -n 10; continue
    fi
    link=()
    [ -n "${DELAYC_RT:-}" ] && link+=("$DELAYC_RT")
    if ! $cc "${cf[@]}" $opt -fopenmp -Wall -Wextra "${incs[@]}" "$work/out.c" "${link[@]}" -lm -o "$d/par" \
            > "$d/par.log" 2>&1; then
        fail "$cc: build of delayc's output failed"; sed 's/^/    /' "$d/par.log" | head -n 20; continue
    fi
    sw=$(grep -c 'warning:' "$d/serial.log")
    pw=$(grep -c 'warning:' "$d/par.log")
    if [ "$pw" -gt "$sw" ]; then
        fail "$cc: delayc's output adds warnings ($pw, serial build $sw)"
        grep 'warning:' "$d/par.log" | head -n 10 | sed 's/^/    /'
    fi
    (cd "$d" && timeout 120 ./serial > serial.out 2> serial.err)
    src=$?
    for t in $threads; do
        (cd "$d" && OMP_NUM_THREADS=$t timeout 120 ./par > "par.$t.out" 2> "par.$t.err")
        prc=$?
        if ! cmp -s "$d/serial.out" "$d/par.$t.out"; then
            fail "$cc threads=$t: stdout differs"
            diff "$d/serial.out" "$d/par.$t.out" | head -n 10 | sed 's/^/    /'
        elif [ $prc -ne $src ]; then
            fail "$cc threads=$t: exit status $prc, serial $src"
        else
            echo "ok    $name  $cc  threads=$t"
        fi
    done
done
finish
