#!/usr/bin/env bash
# cc-wrapper.sh BUILD_DIR — delayc-cc from the build tree, command by command:
# compile-only with several sources, link-only, compile-and-link, -MD/-MMD/-MF
# dependency files naming the original sources (also in a directory with a
# space) and the files below a source, or in a -I directory, that define what
# it calls, and what those call (none of two that define the same), quoted includes resolving as in the original, non-C inputs and -E
# passed through, __FILE__/__LINE__ kept, a delayc error failing the compile
# with its diagnostic, DELAYC_CC_FALLBACK, DELAYC_CC_DISABLE, no stray
# temporary files, --help and --version.
name=cc-wrapper
build=$(cd "$1" && pwd)
. "$(dirname "$0")/common.sh"
W=$build/delayc-cc
[ -x "$W" ] || fail "no $W"
export TMPDIR=$work/tmp
mkdir -p "$TMPDIR" "$work/p/sub"
cd "$work/p"

annot=$(cd "$build" && sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' CMakeCache.txt)/annotations
cat >local.h <<'H'
#define WHICH "the wrong local.h"
H
cat >sub/local.h <<'H'
#define WHICH "sub/local.h"
H
cat >sub/work.h <<'H'
#include "delayed.h"
DELAYED int square(int x);
DELAYED int cube(int x);
H
cat >sub/work.c <<'H'
#include "work.h"
int square(int x) { return x * x; }
int cube(int x) { return x * x * x; }
H
cat >main.c <<'H'
#include <stdio.h>
#include "sub/work.h"
int report(void);
int main(void) {
    int a[64];
    for (int i = 0; i < 64; i++)
        a[i] = square(i) + cube(i);
    long long s = 0;
    for (int i = 0; i < 64; i++)
        s += a[i];
    printf("%s:%d s=%lld\n", __FILE__, __LINE__, s);
    return report();
}
H
cat >sub/report.c <<'H'
#include <stdio.h>
#include "local.h"
#include "work.h"
int report(void) {
    int x = square(3);
    int y = cube(2);
    printf("%s %d\n", WHICH, x + y);
    return 0;
}
H
gcc -I"$annot" -I. main.c sub/work.c sub/report.c -o serial
./serial >want
cat want

say "compile-only, several sources, no -o; then link-only"
"$W" gcc -I"$annot" -I. -c main.c sub/work.c sub/report.c || fail "compile-only"
for o in main.o work.o report.o; do [ -f $o ] || fail "no $o"; done
nm main.o | grep -q GOMP_ || fail "main.o was not compiled from delayc's output"
"$W" gcc main.o work.o report.o -o linked || fail "link-only"
OMP_NUM_THREADS=3 ./linked >got && same_output want got "compile-only + link-only"

say "compile and link in one command, gcc and clang"
for cc in gcc clang; do
    command -v $cc >/dev/null 2>&1 || continue
    "$W" $cc -I"$annot" -I. main.c sub/work.c sub/report.c -o both-$cc || fail "$cc compile+link"
    OMP_NUM_THREADS=4 ./both-$cc >got && same_output want got "$cc compile+link"
done

say "dependency files name the original sources"
mkdir -p obj deps
"$W" gcc -I"$annot" -I. -MD -MF deps/main.dep -MT obj/main.o -c main.c -o obj/main.o || fail "-MD -MF"
grep -q '^obj/main.o: main.c' deps/main.dep || { cat deps/main.dep; fail "-MF file"; }
# the files below main.c's directory that define what it calls were given to emit
grep -q '^obj/main.o: sub/work.c' deps/main.dep || { cat deps/main.dep; fail "-MF file misses sub/work.c"; }
grep -q '^obj/main.o: sub/report.c' deps/main.dep || { cat deps/main.dep; fail "-MF file misses sub/report.c"; }
# two files below defining square() and cube(): delayc cannot tell which one links, so neither
mkdir -p old
cp sub/work.c old/work.c
"$W" gcc -I"$annot" -I. -MD -MF deps/amb.dep -MT obj/amb.o -c main.c -o obj/amb.o || fail "-MD -MF, two definitions below"
! grep -q 'work.c' deps/amb.dep || { cat deps/amb.dep; fail "a file below was taken though two define its functions"; }
grep -q '^obj/amb.o: sub/report.c' deps/amb.dep || { cat deps/amb.dep; fail "sub/report.c, defined once below, was not taken"; }
rm -rf old
"$W" gcc -I"$annot" -I. -MMD -c sub/report.c -o obj/report.o || fail "-MMD"
grep -q '^obj/report.o: sub/report.c' obj/report.d || { cat obj/report.d; fail "-MMD file"; }
grep -q 'sub/local.h' obj/report.d || fail "-MMD file misses sub/local.h"
mkdir -p "sp ace"
cp main.c "sp ace/m.c"
"$W" gcc -I"$annot" -I. -MMD -c "sp ace/m.c" -o "sp ace/m.o" || fail "a path with a space"
grep -q '^sp\\ ace/m.o: sp\\ ace/m.c' "sp ace/m.d" || { cat "sp ace/m.d"; fail "a path with a space in the dependency file"; }
! grep -rq 'delayc-cc\.' deps obj "sp ace" || fail "a dependency file names a temporary file"
# a library beside the source's directory, its header found with -I (src/ and lib/): given too
mkdir -p app lib2
printf '#include "delayed.h"\nDELAYED int twice(int x);\n' >lib2/extra.h
printf '#include "extra.h"\nint half(int x);\nint twice(int x) { return 4 * half(x); }\n' >lib2/extra.c
printf 'int half(int x) { return x / 2; }\n' >lib2/more.c
printf '#include "extra.h"\nint use(void) { int a[8], s = 0; for (int i = 0; i < 8; i++) a[i] = twice(i); for (int i = 0; i < 8; i++) s += a[i]; return s; }\n' >app/use.c
"$W" gcc -I"$annot" -Ilib2 -MD -MF deps/use.dep -MT obj/use.o -c app/use.c -o obj/use.o || fail "-Ilib2"
grep -q '^obj/use.o: lib2/extra.c' deps/use.dep || { cat deps/use.dep; fail "lib2/extra.c, in a -I directory, was not taken"; }
"$W" gcc -I"$annot" -I lib2 -MD -MF deps/use2.dep -MT obj/use2.o -c app/use.c -o obj/use2.o || fail "-I lib2"
grep -q '^obj/use2.o: lib2/extra.c' deps/use2.dep || { cat deps/use2.dep; fail "lib2/extra.c, in a -I directory, was not taken"; }
# ... and the file defining what that one calls in turn (half() of lib2/more.c, blind 74a)
grep -q '^obj/use.o: lib2/more.c' deps/use.dep || { cat deps/use.dep; fail "lib2/more.c, called by a file taken, was not taken"; }

say "non-C inputs and preprocessing pass through"
printf 'int seven(void) { return 7; }\n' >plain.c
gcc -S plain.c -o plain.s
"$W" gcc -c plain.s -o plain.o || fail "assembling a .s"
nm plain.o | grep -q seven || fail "plain.o"
"$W" gcc -E -I"$annot" -I. main.c >pre-w.i || fail "-E"
gcc -E -I"$annot" -I. main.c >pre-g.i
cmp -s pre-w.i pre-g.i || fail "-E output differs from the compiler's"
"$W" gcc -I"$annot" -I. main.c sub/work.c sub/report.c plain.o -o mixed || fail "C sources with an object"

say "__FILE__ and __LINE__ are the original's"
head -n 1 got | grep -q '^main.c:11 ' || fail "__FILE__/__LINE__: $(head -n 1 got)"

say "C89: delayed.h compiles with -ansi -pedantic, the parallel source as gnu99"
cat >c89.c <<'H'
#include <stdio.h>
#include "delayed.h"
DELAYED static double work(DELAYED_IN_N(n) const double *v, int n)
{
    double s = 0;
    int i, r;
    for (r = 0; r < 200; r++)
        for (i = 0; i < n; i++) s += v[i] * (r + 1);
    return s;
}
int main(void)
{
    double v[16][100], out[16], t = 0;
    int i, j;
    for (i = 0; i < 16; i++)
        for (j = 0; j < 100; j++) v[i][j] = i + j;
    for (i = 0; i < 16; i++) out[i] = work(v[i], 100);
    for (i = 0; i < 16; i++) t += out[i];
    printf("%.1f\n", t);
    return 0;
}
H
gcc -ansi -pedantic -Werror -Wall -Wextra -I"$annot" c89.c -o c89-serial || fail "delayed.h under -ansi -pedantic"
clang -std=c89 -pedantic -Werror -Wall -Wextra -I"$annot" c89.c -o c89-serial-clang || fail "delayed.h under clang -std=c89"
"$W" gcc -ansi -pedantic -Wall -Wextra c89.c -o c89-par || fail "delayc-cc gcc -ansi"
[ "$(./c89-par)" = "$(./c89-serial)" ] || fail "C89 program: $(./c89-par) against $(./c89-serial)"
nm c89-par >c89-par.nm                  # (not piped into grep -q: under pipefail, nm's SIGPIPE fails it)
grep -q GOMP_ c89-par.nm || fail "the C89 program was not parallelized"

say "a delayc error fails the compile with its diagnostic"
printf 'int broken(int x) { return x +; }\n' >broken.c
if "$W" gcc -c broken.c -o broken.o 2>err; then fail "broken.c compiled"; fi
grep -q '^broken.c:1:' err || { cat err; fail "no diagnostic at broken.c:1"; }
grep -q 'delayc-cc: error: .*broken.c' err || fail "no delayc-cc error line"
[ ! -e broken.o ] || fail "broken.o exists"

say "DELAYC_CC_FALLBACK=1 compiles serially with a warning"
# nested functions: GNU C that gcc compiles and libclang rejects
cat >nested.c <<'H'
#include <stdio.h>
int main(void) { int twice(int x) { return 2 * x; } printf("%d\n", twice(21)); return 0; }
H
if "$W" gcc nested.c -o nested 2>err; then fail "nested.c compiled without the fallback"; fi
DELAYC_CC_FALLBACK=1 "$W" gcc nested.c -o nested 2>err || { cat err; fail "fallback"; }
grep -q 'delayc-cc: warning: .*nested.c.*serially' err || { cat err; fail "no fallback warning"; }
[ "$(./nested)" = 42 ] || fail "fallback program"

say "DELAYC_CC_DISABLE=1 is the plain compiler"
DELAYC_CC_DISABLE=1 "$W" gcc -I"$annot" -I. -c main.c -o plain-main.o || fail "disabled"
! nm plain-main.o | grep -q GOMP_ || fail "DELAYC_CC_DISABLE still parallelized"

say "no temporary files left; --help, --version"
[ -z "$(ls -A "$TMPDIR")" ] || fail "left in TMPDIR: $(ls -A "$TMPDIR")"
"$W" --help | grep -q 'make CC="delayc-cc gcc"' || fail "--help"
"$W" --version | grep -q '^delayc-cc [0-9]' || fail "--version"
echo "delayc-cc: all checks passed"
