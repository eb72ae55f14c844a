#!/usr/bin/env bash
# package.sh BUILD_DIR SOURCE_DIR — what `cmake --install` gives other projects:
# the installed delayc-cc finds delayc, its headers and the runtime by itself;
# delayc.pc compiles and links delayc's output (when pkg-config is installed);
# `man delayc` and `man delayc-cc` (when man is installed); the check pages
# installed where SARIF's helpUri points; and a CMake project
# with the cases a user meets: a shared library parallelized and linked with
# the plain target_link_libraries signature, SOURCES, an executable using it,
# generator-expression definitions, and the configure errors of
# delayc_parallelize() and delayc_lint() (which needs `delayc lint`).
name=package
build=$(cd "$1" && pwd) src=$(cd "$2" && pwd)
. "$(dirname "$0")/common.sh"
install_build "$build"
P=$work/prefix
seed=$src/examples/seed/inc_double_add.c
cd "$work"

say "installed delayc-cc needs no environment"
env -u DELAYC -u DELAYC_INCLUDE -u DELAYC_RUNTIME "$P/bin/delayc-cc" gcc -I"$P/include" "$seed" -o cc-seed || fail "installed delayc-cc"
gcc -I"$P/include" "$seed" -o serial-seed
./serial-seed 100 >want
OMP_NUM_THREADS=4 ./cc-seed 100 >got && same_output want got "installed delayc-cc"

say "pkg-config"
if command -v pkg-config >/dev/null 2>&1; then
    export PKG_CONFIG_PATH=$P/lib/pkgconfig
    [ "$(pkg-config --modversion delayc)" = "$("$P/bin/delayc" --version | awk '{print $2}')" ] || fail "delayc.pc version"
    [ "$(pkg-config --variable=delayc delayc)" -ef "$P/bin/delayc" ] || fail "delayc.pc variable delayc"
    "$(pkg-config --variable=delayc delayc)" emit "$seed" -o seed.par.c
    # shellcheck disable=SC2046
    gcc $(pkg-config --cflags delayc) seed.par.c $(pkg-config --libs delayc) -o pc-seed || fail "compile with delayc.pc"
    OMP_NUM_THREADS=4 ./pc-seed 100 >got && same_output want got "pkg-config build"
else
    echo "(pkg-config not installed: skipped)"
fi

say "installed documentation: the check pages SARIF's helpUri names"
for f in README.md delayed-nested.md; do [ -f "$P/share/doc/delayc/checks/$f" ] || fail "no $P/share/doc/delayc/checks/$f"; done
[ -f "$P/share/doc/delayc/cli.md" ] || fail "no $P/share/doc/delayc/cli.md"
printf '#include "delayed.h"\nDELAYED int f(int x) { return x; }\nint main(void) { f(1); return 0; }\n' >unused.c
"$P/bin/delayc" lint --format=sarif unused.c >unused.sarif 2>/dev/null || fail "installed delayc lint --format=sarif"
python3 "$src/tests/lit/cli/Inputs/sarif_help.py" unused.sarif | grep -qx "rules 11, bad \[\]" || fail "SARIF helpUri: $(python3 "$src/tests/lit/cli/Inputs/sarif_help.py" unused.sarif)"
grep -q "file://$P/share/doc/delayc/checks/delayed-result-unused.md" unused.sarif ||
    grep -q "file://$(cd "$P" && pwd -P)/share/doc/delayc/checks/delayed-result-unused.md" unused.sarif || fail "helpUri is not the installed page"

say "man pages"
if command -v man >/dev/null 2>&1; then
    MANPATH=$P/share/man man -w delayc | grep -q "$P/share/man/man1/delayc.1" || fail "man -w delayc"
    MANPATH=$P/share/man MANPAGER=cat MANWIDTH=80 man delayc-cc 2>/dev/null | grep -q "DELAYC_CC_FALLBACK" || fail "man delayc-cc"
    MANPATH=$P/share/man MANPAGER=cat MANWIDTH=80 man delayc 2>/dev/null | grep -q -- "--out-dir" || fail "man delayc"
else
    echo "(man not installed: skipped)"
fi

say "a CMake project: shared library, plain link signature, SOURCES"
mkdir -p edge/lib
cat >edge/lib/work.h <<'H'
#include "delayed.h"
DELAYED int weight(int x);
long long total_weight(int n);
H
cat >edge/lib/work.c <<'H'
#include "work.h"
int weight(int x) { return x * OFFSET + 1; }
long long total_weight(int n) {
    int w[256];
    for (int i = 0; i < n; i++)
        w[i] = weight(i);
    long long s = 0;
    for (int i = 0; i < n; i++)
        s += w[i];
    return s;
}
H
cat >edge/app.c <<'H'
#include <stdio.h>
#include "work.h"
int main(void) {
    int a = weight(3), b = weight(4);
    printf("%lld %d\n", total_weight(200), a + b);
    return 0;
}
H
cat >edge/other.c <<'H'
int other(void) { return 0; }
H
cat >edge/CMakeLists.txt <<'H'
cmake_minimum_required(VERSION 3.20)
project(edge C)
find_package(delayc REQUIRED)
add_library(work SHARED lib/work.c)
target_include_directories(work PUBLIC lib)
target_compile_definitions(work PUBLIC $<$<BOOL:1>:OFFSET=2>)
target_link_libraries(work delayc::runtime)
delayc_parallelize(work EXPLAIN)
add_executable(app app.c other.c)
target_link_libraries(app work)
delayc_parallelize(app SOURCES app.c)
H
cmake -S edge -B edge-b -DCMAKE_PREFIX_PATH="$P" >edge.log 2>&1 || { cat edge.log; fail "configure"; }
cmake --build edge-b -j2 >>edge.log 2>&1 || { cat edge.log; fail "build"; }
[ -f edge-b/delayc/app/app.c ] && [ ! -e edge-b/delayc/app/other.c ] || fail "SOURCES app.c: wrong files generated"
[ "$(OMP_NUM_THREADS=4 ./edge-b/app)" = "40000 16" ] || fail "edge app printed $(./edge-b/app)"
grep -q -- "--explain" edge-b/CMakeFiles/work.dir/build.make || fail "EXPLAIN did not pass --explain"

say "configure errors"
# expect_error DIR MESSAGE-REGEX CMAKE-LINES...
expect_error() {
    local dir=$1 re=$2; shift 2
    mkdir -p "$dir"
    cp edge/app.c edge/other.c "$dir"/
    { echo 'cmake_minimum_required(VERSION 3.20)'; echo 'project(e C)'; echo 'find_package(delayc REQUIRED)'; printf '%s\n' "$@"; } >"$dir/CMakeLists.txt"
    if cmake -S "$dir" -B "$dir/b" -DCMAKE_PREFIX_PATH="$P" >"$dir.log" 2>&1; then fail "$dir: configure succeeded"; fi
    tr -s ' \n' ' ' <"$dir.log" | grep -Eq "$re" || { cat "$dir.log"; fail "$dir: no message matching '$re'"; }
}
expect_error e1 "not a C source of app" 'add_executable(app app.c)' 'delayc_parallelize(app SOURCES nope.c)'
expect_error e2 "unknown arguments" 'add_executable(app app.c)' 'delayc_parallelize(app BOGUS)'
expect_error e3 "no target named" 'delayc_parallelize(nothere)'
if "$P/bin/delayc" lint --help >/dev/null 2>&1; then
    say "delayc_lint() and delayc_parallelize(CHECKS WARNINGS_AS_ERRORS)"
    # lint_project DIR CMAKE-LINES...: configure and build; the build log is DIR.log
    lint_project() {
        local dir=$1; shift
        mkdir -p "$dir"
        cat >"$dir/app.c" <<'C'
#include <stdio.h>
#include "delayed.h"
static int square(int x) { return x * x; }
int main(void) {
    int a = delayed(square(3));
    delayed_compute(a);
    printf("%d\n", a);
    return 0;
}
C
        { echo 'cmake_minimum_required(VERSION 3.20)'; echo 'project(l C)'; echo 'find_package(delayc REQUIRED)';
          echo 'add_executable(app app.c)'; echo 'target_link_libraries(app delayc::runtime)  # delayed.h'
          printf '%s\n' "$@"; } >"$dir/CMakeLists.txt"
        cmake -S "$dir" -B "$dir/b" -DCMAKE_PREFIX_PATH="$P" >"$dir.log" 2>&1 || { cat "$dir.log"; fail "$dir: configure"; }
        cmake --build "$dir/b" >>"$dir.log" 2>&1
    }
    lint_project l1 'delayc_lint(app)' || { cat l1.log; fail "delayc_lint(app): a warning failed the build"; }
    grep -q "app.c:5:13: warning: 'square' is called before it is delayed" l1.log || { cat l1.log; fail "delayc_lint(app): no warning shown"; }
    [ "$(./l1/b/app)" = 9 ] || fail "l1 app"
    if lint_project l2 'delayc_lint(app CHECKS "delayed-*" WARNINGS_AS_ERRORS)'; then cat l2.log; fail "WARNINGS_AS_ERRORS: the build succeeded"; fi
    grep -q "app.c:5:13: error: 'square' is called before it is delayed" l2.log || { cat l2.log; fail "delayc_lint WARNINGS_AS_ERRORS: no error shown"; }
    lint_project l3 'delayc_lint(app CHECKS "-*,delayed-global-state" WARNINGS_AS_ERRORS)' || { cat l3.log; fail "CHECKS: a disabled check failed the build"; }
    if lint_project l4 'delayc_parallelize(app CHECKS "delayed-*" WARNINGS_AS_ERRORS)'; then cat l4.log; fail "delayc_parallelize WARNINGS_AS_ERRORS: the build succeeded"; fi
    grep -q "error: 'square' is called before it is delayed" l4.log || { cat l4.log; fail "delayc_parallelize CHECKS: no error shown"; }
else
    expect_error e4 "delayc_lint\\(app\\) needs .delayc lint." 'add_executable(app app.c)' 'delayc_lint(app)'
    expect_error e5 "needs .delayc lint." 'add_executable(app app.c)' 'delayc_parallelize(app CHECKS "delayed-*")'
fi
echo "package: delayc-cc, delayc.pc, man pages and the CMake package work"
