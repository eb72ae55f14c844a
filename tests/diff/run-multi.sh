#!/usr/bin/env bash
# run-multi.sh DIR — differential test of delayc on a program of several files.
#
# DIR holds the program's files and SOURCES, its translation units one per line
# (tests/diff/multi/README.md).  The serial reference is every unit compiled
# and linked as it is.  Through delayc, each unit is emitted in two ways:
#   alone    each file by itself: functions of the other files are bodies
#            delayc cannot see, assumed to touch everything;
#   program  each file with `--with` every other unit: their effects are known.
# Each is built with every compiler of CC_LIST against the runtime, run under
# every thread count of THREADS, and its stdout and exit status compared with
# the serial run's.  One line per (mode, compiler, threads); exit status 0 only
# if everything matched.  Same environment as run-diff.sh (DELAYC,
# DELAYC_INCLUDES, DELAYC_RT, CC_LIST, THREADS, WORK, RUN_TIMEOUT), and MODES
# (default "alone program").
set -u

[ $# -eq 1 ] || { echo "usage: DELAYC=path/to/delayc $0 DIR" >&2; exit 2; }
[ -n "${DELAYC:-}" ] || { echo "run-multi.sh: DELAYC is not set" >&2; exit 2; }
abspath() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s/%s\n' "$(pwd)" "$1" ;; esac; }

SRC=$(abspath "$1")
[ -f "$SRC/SOURCES" ] || { echo "run-multi.sh: no SOURCES in $1" >&2; exit 2; }
NAME=$(basename "$SRC")
delayc=$DELAYC
case "$delayc" in */*) delayc=$(abspath "$delayc") ;; esac
rt=${DELAYC_RT:-}
[ -n "$rt" ] && rt=$(abspath "$rt")
CC_LIST=${CC_LIST:-gcc clang}
THREADS=${THREADS:-1 2 4}
MODES=${MODES:-alone program}
TMO=${RUN_TIMEOUT:-20}

incs=("-I$SRC")
IFS=: read -r -a inc_dirs <<< "${DELAYC_INCLUDES:-}"
for d in "${inc_dirs[@]}"; do [ -n "$d" ] && incs+=("-I$(abspath "$d")"); done

units=()
while IFS= read -r line; do
    [ -n "$line" ] && units+=("$line")
done < "$SRC/SOURCES"

if [ -n "${WORK:-}" ]; then
    mkdir -p "$WORK" && WORK=$(cd "$WORK" && pwd); own_work=0
else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/run-multi.XXXXXX") || exit 2; own_work=1
fi
failed=0
trap '[ "$own_work" = 1 ] && { [ "$failed" = 0 ] && rm -rf "$WORK" || echo "kept scratch dir: $WORK"; }' EXIT

run() { # run DIR OUT ERR BINARY: prints the exit status
    (cd "$1" && timeout "$TMO" "$4" > "$2" 2> "$3")
    echo $?
}
fail() { echo "FAIL  $NAME  $1"; failed=1; }
show() { sed -n '1,40p' "$1" | sed 's/^/    /'; }

# emit every unit once per mode (the output does not depend on the compiler)
for mode in $MODES; do
    out=$WORK/emit-$mode
    mkdir -p "$out"
    for u in "${units[@]}"; do
        with=()
        if [ "$mode" = program ]; then
            for o in "${units[@]}"; do [ "$o" != "$u" ] && with+=(--with "$SRC/$o"); done
        fi
        mkdir -p "$out/$(dirname "$u")"
        if ! "$delayc" emit "$SRC/$u" -o "$out/$u" "${with[@]}" -- -std=c11 "${incs[@]}" \
                > "$out/$(basename "$u").log" 2>&1; then
            echo "emit of $u ($mode) failed:" >> "$out/errors"
            show "$out/$(basename "$u").log" >> "$out/errors"
        fi
    done
done

for cc in $CC_LIST; do
    ccname=$(basename "$cc")
    dir=$WORK/$ccname
    mkdir -p "$dir/serial-run"
    srcs=(); for u in "${units[@]}"; do srcs+=("$SRC/$u"); done
    if ! "$cc" -std=c11 -O1 -Wall -Wextra -Werror "${incs[@]}" "${srcs[@]}" -lm -o "$dir/serial" \
            > "$dir/serial-build.log" 2>&1; then
        fail "$ccname  (serial build failed)"; show "$dir/serial-build.log"; continue
    fi
    src_rc=$(run "$dir/serial-run" "$dir/serial.out" "$dir/serial.err" "$dir/serial")
    for mode in $MODES; do
        out=$WORK/emit-$mode
        if [ -s "$out/errors" ]; then fail "$mode  $ccname  (delayc emit failed)"; cat "$out/errors"; continue; fi
        pars=(); for u in "${units[@]}"; do pars+=("$out/$u"); done
        link=(); [ -n "$rt" ] && link+=("$rt")
        if ! "$cc" -std=c11 -O1 -fopenmp -Wall -Wextra -Werror "${incs[@]}" "${pars[@]}" "${link[@]}" -lm \
                -o "$dir/par-$mode" > "$dir/par-$mode-build.log" 2>&1; then
            fail "$mode  $ccname  (build of delayc output failed)"; show "$dir/par-$mode-build.log"; continue
        fi
        for t in $THREADS; do
            rdir=$dir/run-$mode-$t
            mkdir -p "$rdir"
            prc=$(OMP_NUM_THREADS=$t run "$rdir" "$rdir/out" "$rdir/err" "$dir/par-$mode")
            why=""
            if [ "$prc" = 124 ]; then why="timed out after ${TMO}s"
            elif ! cmp -s "$dir/serial.out" "$rdir/out"; then why="stdout differs"
            elif [ "$prc" != "$src_rc" ]; then why="exit status $prc, serial $src_rc"; fi
            if [ -z "$why" ]; then echo "PASS  $NAME  $mode  $ccname  threads=$t"; continue; fi
            fail "$mode  $ccname  threads=$t  ($why)"
            [ "$why" = "stdout differs" ] &&
                diff -u --label serial --label "delayc $mode threads=$t" "$dir/serial.out" "$rdir/out" | sed -n '1,40p' | sed 's/^/    /'
            echo "    generated: $out"
        done
    done
done
exit "$failed"
