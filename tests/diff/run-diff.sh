#!/usr/bin/env bash
# run-diff.sh PROG.c — differential test of delayc on one program.
#
# For each compiler in CC_LIST: build PROG.c as the plain serial program (the
# reference), run `delayc emit` on it, build the output with -fopenmp against the
# runtime, run it under every thread count in THREADS and compare stdout and the
# exit status with the serial run, byte for byte.  One line per (compiler,
# threads); on a mismatch a unified diff and the path of the generated file, whose
# scratch directory is then kept.  Exit status 0 only if everything matched.
#
# Environment:
#   DELAYC           the delayc binary (required)
#   DELAYC_INCLUDES  colon-separated include dirs (annotations, runtime)
#   DELAYC_RT        path of libdelayc.a (empty: nothing extra is linked)
#   CC_LIST          compilers, default "gcc clang"
#   THREADS          OMP_NUM_THREADS values, default "1 2 4"
#   WORK             scratch dir (default: a fresh mktemp dir, removed at exit
#                    unless something failed)
#   PROG_ARGS        arguments passed to both programs (word-split)
#   RUNNER           optional command that runs a built program: `$RUNNER ./prog
#                    ARGS...`; its stdout and exit status are what is compared
#                    (used by examples that read and write files)
#   DELAYC_ARGS      extra arguments for `delayc emit` (word-split, before --)
#   RUN_TIMEOUT      seconds per run, default 20
#   PAR_CFLAGS       flags that build delayc's output, default -fopenmp
#   PAR_LIBS         libraries linked after DELAYC_RT (word-split)
#   MPI_RANKS        the distributed targets: build delayc's output with mpicc
#                    (OMPI_CC=the compiler) and run it under `mpirun -np N` for
#                    each N here instead of each thread count
set -u

usage() { echo "usage: DELAYC=path/to/delayc $0 PROG.c" >&2; exit 2; }
[ $# -eq 1 ] || usage
[ -n "${DELAYC:-}" ] || { echo "run-diff.sh: DELAYC is not set" >&2; exit 2; }

abspath() { # abspath PATH: absolute form of an existing or to-be path
    case "$1" in
        /*) printf '%s\n' "$1" ;;
        *) printf '%s/%s\n' "$(pwd)" "$1" ;;
    esac
}

PROG=$(abspath "$1")
[ -f "$PROG" ] || { echo "run-diff.sh: no such file: $1" >&2; exit 2; }
NAME=$(basename "$PROG" .c)
LABEL=$NAME${PROG_ARGS:+ [args: $PROG_ARGS]}

delayc=$DELAYC
case "$delayc" in */*) delayc=$(abspath "$delayc") ;; esac
rt=${DELAYC_RT:-}
[ -n "$rt" ] && rt=$(abspath "$rt")
runner=${RUNNER:-}
case "$runner" in */*) runner=$(abspath "$runner") ;; esac

CC_LIST=${CC_LIST:-gcc clang}
THREADS=${THREADS:-1 2 4}
TMO=${RUN_TIMEOUT:-20}
read -r -a prog_args <<< "${PROG_ARGS:-}"
read -r -a delayc_args <<< "${DELAYC_ARGS:-}"
read -r -a par_cflags <<< "${PAR_CFLAGS--fopenmp}"
read -r -a par_libs <<< "${PAR_LIBS:-}"
MPI_RANKS=${MPI_RANKS:-}
[ -n "$MPI_RANKS" ] && THREADS=$MPI_RANKS
unit=threads
[ -n "$MPI_RANKS" ] && unit=ranks

incs=()
IFS=: read -r -a inc_dirs <<< "${DELAYC_INCLUDES:-}"
for d in "${inc_dirs[@]}"; do
    [ -n "$d" ] && incs+=("-I$(abspath "$d")")
done

if [ -n "${WORK:-}" ]; then
    mkdir -p "$WORK" || exit 2
    WORK=$(cd "$WORK" && pwd)
    own_work=0
else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/run-diff.XXXXXX") || exit 2
    own_work=1
fi
failed=0
cleanup() {
    if [ "$own_work" = 1 ]; then
        if [ "$failed" = 0 ]; then rm -rf "$WORK"; else echo "kept scratch dir: $WORK"; fi
    fi
}
trap cleanup EXIT

# run DIR OUT ERR BINARY: run a built program in DIR, stdout to OUT, stderr to
# ERR; prints the exit status.  launch: the command that starts it (mpirun -np N)
launch=()
run() {
    local dir=$1 out=$2 err=$3 bin=$4 rc
    if [ "${#launch[@]}" -gt 0 ]; then
        (cd "$dir" && timeout "$TMO" "${launch[@]}" "$bin" "${prog_args[@]}" > "$out" 2> "$err")
    elif [ -n "$runner" ]; then
        (cd "$dir" && timeout "$TMO" "$runner" "$bin" "${prog_args[@]}" > "$out" 2> "$err")
    else
        (cd "$dir" && timeout "$TMO" "$bin" "${prog_args[@]}" > "$out" 2> "$err")
    fi
    rc=$?
    echo "$rc"
}

# fail_all CC WHY: one FAIL line per thread count
fail_all() {
    local t
    for t in $THREADS; do
        echo "FAIL  $LABEL  $1  $unit=$t  ($2)"
    done
    failed=1
}

show() { # show FILE: indented head of a log
    sed -n '1,40p' "$1" | sed 's/^/    /'
}

# delayc's output does not depend on the compiler: emit once, build it with each
emit_dir=$WORK/$NAME
mkdir -p "$emit_dir"
emit_rc=0
"$delayc" emit "${delayc_args[@]}" "$PROG" -o "$emit_dir/out.c" -- -std=c11 "${incs[@]}" \
    > "$emit_dir/emit.log" 2>&1 || emit_rc=$?

for cc in $CC_LIST; do
    ccname=$(basename "$cc")
    dir=$WORK/$NAME/$ccname
    rm -rf "$dir" && mkdir -p "$dir"
    if ! command -v "$cc" > /dev/null 2>&1; then
        fail_all "$ccname" "compiler not found: $cc"
        continue
    fi

    if ! "$cc" -std=c11 -O1 -Wall -Wextra -Werror "${incs[@]}" "$PROG" -o "$dir/serial" \
            > "$dir/serial-build.log" 2>&1; then
        fail_all "$ccname" "serial build failed"
        show "$dir/serial-build.log"
        continue
    fi
    src=$(run "$dir" "$dir/serial.out" "$dir/serial.err" "$dir/serial")
    if [ "$src" = 124 ]; then
        fail_all "$ccname" "serial run timed out after ${TMO}s"
        continue
    fi

    cp "$emit_dir/emit.log" "$dir/emit.log"
    if [ "$emit_rc" != 0 ]; then
        fail_all "$ccname" "delayc emit failed"
        show "$dir/emit.log"
        continue
    fi
    cp "$emit_dir/out.c" "$dir/out.c" 2>/dev/null
    if [ ! -s "$dir/out.c" ]; then
        fail_all "$ccname" "delayc emit wrote no output"
        continue
    fi

    link=()
    [ -n "$rt" ] && link+=("$rt")
    link+=("${par_libs[@]}")
    parcc=("$cc")
    [ -n "$MPI_RANKS" ] && parcc=(env "OMPI_CC=$cc" mpicc)
    if ! "${parcc[@]}" -std=c11 -O1 "${par_cflags[@]}" -Wall -Wextra -Werror "${incs[@]}" "$dir/out.c" \
            "${link[@]}" -lm -o "$dir/par" > "$dir/par-build.log" 2>&1; then
        fail_all "$ccname" "build of delayc output failed"
        show "$dir/par-build.log"
        echo "    generated: $dir/out.c"
        continue
    fi

    for t in $THREADS; do
        out=$dir/par.$t.out
        if [ -n "$MPI_RANKS" ]; then
            launch=(mpirun --allow-run-as-root --oversubscribe --bind-to none -np "$t")
            prc=$(run "$dir" "$out" "$dir/par.$t.err" "$dir/par")
            launch=()
        else
            prc=$(OMP_NUM_THREADS=$t run "$dir" "$out" "$dir/par.$t.err" "$dir/par")
        fi
        why=""
        if [ "$prc" = 124 ]; then
            why="timed out after ${TMO}s"
        elif ! cmp -s "$dir/serial.out" "$out"; then
            why="stdout differs"
        elif [ "$prc" != "$src" ]; then
            why="exit status $prc, serial $src"
        fi
        if [ -z "$why" ]; then
            echo "PASS  $LABEL  $ccname  $unit=$t"
            continue
        fi
        failed=1
        echo "FAIL  $LABEL  $ccname  $unit=$t  ($why)"
        if [ "$why" = "stdout differs" ]; then
            diff -u --label serial --label "delayc $unit=$t" "$dir/serial.out" "$out" \
                | sed -n '1,60p' | sed 's/^/    /'
        fi
        if [ -s "$dir/par.$t.err" ]; then
            echo "    stderr:"
            show "$dir/par.$t.err"
        fi
        echo "    generated: $dir/out.c"
    done
done

exit "$failed"
