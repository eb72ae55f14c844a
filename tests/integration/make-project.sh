#!/usr/bin/env bash
# make-project.sh BUILD_DIR SOURCE_DIR — examples/make-project, a plain
# Makefile, built serially with `make` and in parallel with
# `make CC="delayc-cc gcc"` (and clang when present) against delayc installed
# from BUILD_DIR; the outputs must match under 1, 2 and 4 threads.  Then the
# dependency files the wrapper leaves name the original sources (and the
# files beside one, or in its subdirectories, that define what it calls), and
# an edited header rebuilds exactly the objects that include it; an edited
# src/blocks.c or src/util/mathx.c, main.o too.
name=make-project
build=$1 src=$2
. "$(dirname "$0")/common.sh"

install_build "$build"
prefix=$work/prefix
cp -r "$src/examples/make-project" "$work/proj"
cd "$work/proj"
export PATH="$prefix/bin:$PATH"

say "serial build: make"
make DELAYC_PREFIX="$prefix" BUILD=ser >"$work/ser.log" 2>&1 || { cat "$work/ser.log"; fail "serial make"; }
./ser/blocks >"$work/want" || fail "serial run"

ccs=(gcc)
command -v clang >/dev/null 2>&1 && ccs+=(clang)
for cc in "${ccs[@]}"; do
    say "parallel build: make CC=\"delayc-cc $cc\""
    make CC="delayc-cc $cc" DELAYC_PREFIX="$prefix" BUILD="par-$cc" >"$work/par.log" 2>&1 ||
        { cat "$work/par.log"; fail "make CC=\"delayc-cc $cc\""; }
    grep -q "^delayc-cc $cc .*-c src/main.c" "$work/par.log" || fail "make did not compile through delayc-cc"
    for t in 1 2 4; do
        OMP_NUM_THREADS=$t DELAYC_STATS=1 "./par-$cc/blocks" >"$work/got" 2>"$work/stats" || fail "parallel run ($cc)"
        same_output "$work/want" "$work/got" "$cc, threads=$t"
    done
    grep -Eq 'tasks=[1-9]' "$work/stats" || fail "the $cc build ran no task: $(cat "$work/stats")"
done
echo "same output: $(head -n 1 "$work/want")"

say "dependency files name the original sources"
d=par-gcc/src/main.d
grep -q '^par-gcc/src/main.o: src/main.c' "$d" || { cat "$d"; fail "$d does not start with the object and src/main.c"; }
grep -q 'src/params.h' "$d" || fail "$d misses src/params.h"
# the file beside main.c that defines what it calls (delayc-cc gave it to emit)
grep -q '^par-gcc/src/main.o: src/blocks.c' "$d" || { cat "$d"; fail "$d misses src/blocks.c, the file beside main.c"; }
# ... and the one in a subdirectory that defines norm()
grep -q '^par-gcc/src/main.o: src/util/mathx.c' "$d" || { cat "$d"; fail "$d misses src/util/mathx.c, below main.c"; }
! grep -q 'delayc-cc\.' par-gcc/src/*.d par-gcc/src/util/*.d || fail "a dependency file names a temporary file"

say "incremental: make rebuilds what includes an edited header"
# remake [FILE]: edits FILE (if given), runs make; prints the objects rebuilt
remake() {
    touch "$work/stamp"
    sleep 1
    [ -n "${1:-}" ] && printf '/* edited */\n' >>"$1"
    make CC="delayc-cc gcc" DELAYC_PREFIX="$prefix" BUILD=par-gcc >"$work/inc.log" 2>&1 || { cat "$work/inc.log"; fail "make"; }
    (cd par-gcc && find . -name '*.o' -newer "$work/stamp" | sed 's|^\./||' | sort | tr '\n' ' ')
}
got=$(remake) ; [ -z "$got" ] || fail "make with nothing changed rebuilt: $got"
got=$(remake src/params.h) ; [ "$got" = "src/main.o " ] || fail "after editing src/params.h, rebuilt '$got'"
got=$(remake src/util/mathx.h) ; [ "$got" = "src/main.o src/util/mathx.o " ] || fail "after editing src/util/mathx.h, rebuilt '$got'"
got=$(remake src/blocks.c) ; [ "$got" = "src/blocks.o src/main.o " ] || fail "after editing src/blocks.c, rebuilt '$got'"
got=$(remake src/util/mathx.c) ; [ "$got" = "src/main.o src/util/mathx.o " ] || fail "after editing src/util/mathx.c, rebuilt '$got'"
got=$(remake) ; [ -z "$got" ] || fail "make with nothing changed rebuilt: $got"
./par-gcc/blocks >"$work/got"
same_output "$work/want" "$work/got" "after the rebuilds"
echo "incremental: rebuilt exactly the objects that include an edited header"
