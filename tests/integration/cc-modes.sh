#!/usr/bin/env bash
# cc-modes.sh BUILD_DIR SOURCE_DIR — delayc-cc switched on and off changes
# nothing but the parallelization, as ccache's switch changes nothing but the
# caching: annotated code compiled through the wrapper with no -I of its own
# finds delayed.h in every mode — parallel, DELAYC_CC_DISABLE=1, a
# DELAYC_CC_FALLBACK compile, -E/-M/-fsyntax-only — and the same delayed.h in
# each; the other documented routes of a serial build (pkg-config --cflags
# delayc, the CMake target delayc::runtime) find it too; and in a Makefile
# with the compiler stamp of examples/make-project, switching CC (or
# DELAYC_CC_DISABLE) rebuilds the objects instead of keeping the other build's.
name=cc-modes
build=$(cd "$1" && pwd) src=$(cd "$2" && pwd)
. "$(dirname "$0")/common.sh"
install_build "$build"
P=$work/prefix
export TMPDIR=$work/tmp
mkdir -p "$TMPDIR" "$work/p"
cd "$work/p"
W=$P/bin/delayc-cc
cat >prog.c <<'H'
#include <stdio.h>
#include "delayed.h"
DELAYED int square(int x) { return x * x; }
int main(void) {
    int a[16];
    for (int i = 0; i < 16; i++) a[i] = square(i);
    int s = 0;
    for (int i = 0; i < 16; i++) s += a[i];
    printf("%d\n", s);
    return 0;
}
H
echo 1240 >want

say "parallel and DELAYC_CC_DISABLE=1 builds, no -I given: both find delayed.h"
"$W" gcc -c prog.c -o par.o || fail "parallel compile"
nm par.o | grep -q GOMP_ || fail "par.o is not parallel"
DELAYC_CC_DISABLE=1 "$W" gcc -c prog.c -o ser.o 2>err || { cat err; fail "DELAYC_CC_DISABLE=1 delayc-cc gcc -c prog.c: delayed.h not found"; }
! nm ser.o | grep -q GOMP_ || fail "DELAYC_CC_DISABLE=1 still parallelized"
DELAYC_CC_DISABLE=1 "$W" gcc prog.c -o ser || fail "DELAYC_CC_DISABLE=1 compile and link"
./ser >got && same_output want got "DELAYC_CC_DISABLE=1 build"
"$W" gcc prog.c -o par || fail "parallel compile and link"
OMP_NUM_THREADS=3 ./par >got && same_output want got "parallel build"

say "-E, -M, -fsyntax-only of annotated code find delayed.h, the same one in both modes"
"$W" gcc -fsyntax-only prog.c || fail "-fsyntax-only"
"$W" gcc -E prog.c >pre.i || fail "-E"
"$W" gcc -M prog.c >on.d || fail "-M (on)"
DELAYC_CC_DISABLE=1 "$W" gcc -M prog.c >off.d || fail "-M (off)"
cmp -s on.d off.d || { diff on.d off.d >&2 || true; fail "on and off find different headers"; }
h=$(tr ' \\' '\n\n' <on.d | grep 'delayed\.h$' | head -n 1)
[ -n "$h" ] && [ "$h" -ef "$P/include/delayed.h" ] || { cat on.d; fail "-M does not list the installed delayed.h"; }

say "a DELAYC_CC_FALLBACK compile finds delayed.h"
cat >nested.c <<'H'
#include <stdio.h>
#include "delayed.h"
int main(void) { int twice(int x) { return 2 * x; } printf("%d\n", twice(21)); return 0; }
H
DELAYC_CC_FALLBACK=1 "$W" gcc nested.c -o nested 2>err || { cat err; fail "fallback compile"; }
[ "$(./nested)" = 42 ] || fail "fallback program"

say "pkg-config --cflags delayc: a serial build"
if command -v pkg-config >/dev/null 2>&1; then
    export PKG_CONFIG_PATH=$P/lib/pkgconfig
    gcc $(pkg-config --cflags delayc) prog.c -o pc-ser $(pkg-config --libs delayc) || fail "serial build with pkg-config --cflags delayc"
    ./pc-ser >got && same_output want got "pkg-config serial build"
    gcc -I"$(pkg-config --variable=includedir delayc)" prog.c -o pc-dir || fail "serial build with -I\$(pkg-config --variable=includedir delayc)"
else
    echo "(pkg-config not installed: skipped)"
fi

say "CMake: delayc::runtime gives a serial target delayed.h"
mkdir -p cm
cp prog.c cm/
cat >cm/CMakeLists.txt <<'H'
cmake_minimum_required(VERSION 3.20)
project(serialonly C)
find_package(delayc REQUIRED)
add_executable(prog prog.c)
target_link_libraries(prog PRIVATE delayc::runtime)   # delayed.h; no delayc_parallelize
H
cmake -S cm -B cm/build "-DCMAKE_PREFIX_PATH=$P" >cm.log 2>&1 && cmake --build cm/build >>cm.log 2>&1 || { cat cm.log; fail "serial CMake build"; }
cm/build/prog >got && same_output want got "serial CMake build"

say "make: switching CC rebuilds the objects (the compiler stamp)"
cp -r "$src/examples/make-project" mk
cd mk
export PATH="$P/bin:$PATH"
make CC="delayc-cc gcc" DELAYC_PREFIX="$P" >mk.log 2>&1 || { cat mk.log; fail "make CC=delayc-cc gcc"; }
nm build/src/main.o | grep -q GOMP_ || fail "the delayc-cc build is not parallel"
make DELAYC_PREFIX="$P" CC=gcc >mk.log 2>&1 || { cat mk.log; fail "make CC=gcc"; }
grep -q -- "-c src/main.c" mk.log || { cat mk.log; fail "make CC=gcc after CC=delayc-cc kept the old objects"; }
! nm build/src/main.o | grep -q GOMP_ || fail "make CC=gcc left a parallel main.o"
make DELAYC_PREFIX="$P" CC=gcc >mk.log 2>&1
! grep -q -- "-c src/main.c" mk.log || fail "make rebuilt with nothing changed"
make CC="delayc-cc gcc" DELAYC_PREFIX="$P" >mk.log 2>&1 || fail "make CC=delayc-cc gcc (again)"
nm build/src/main.o | grep -q GOMP_ || fail "switching back to delayc-cc kept the serial objects"
DELAYC_CC_DISABLE=1 make CC="delayc-cc gcc" DELAYC_PREFIX="$P" >mk.log 2>&1 || fail "DELAYC_CC_DISABLE=1 make"
! nm build/src/main.o | grep -q GOMP_ || fail "DELAYC_CC_DISABLE=1 make kept the parallel objects"
say "DELAYC_CC_EXPLAIN=1: delayc's --explain through the wrapper, which its remark names"
cd "$work/p"
cat >inl.c <<'H'
#include <stdio.h>
#include "delayed.h"
DELAYED static double work(int i) { double s = 0; for (int k = 0; k < 100; k++) s += (i + k) % 7; return s; }
int main(void) {
    double out[8];
    for (int i = 0; i < 8; i++) { double v = work(i); out[i] = v * 2; }
    printf("%g\n", out[7]);
    return 0;
}
H
"$W" gcc -c inl.c -o inl.o 2>remark || fail "delayc-cc gcc -c inl.c"
grep -q "remark: 1 delayed call: 0 tasks, 1 inline (in a loop) (DELAYC_CC_EXPLAIN=1 says why and what would fix it)" remark ||
  { cat remark; fail "the remark through delayc-cc does not name DELAYC_CC_EXPLAIN"; }
DELAYC_CC_EXPLAIN=1 "$W" gcc -c inl.c -o inl.o 2>explain || fail "DELAYC_CC_EXPLAIN=1 delayc-cc gcc -c inl.c"
grep -q "explain: call of 'work' runs inline" explain || { cat explain; fail "DELAYC_CC_EXPLAIN=1 gave no explanation"; }
echo "cc-modes: all checks passed"
