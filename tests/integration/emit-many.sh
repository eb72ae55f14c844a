#!/usr/bin/env bash
# emit-many.sh BUILD_DIR SOURCE_DIR — the build-system options of `delayc emit`:
# --depfile (input and every included header, phony rules), --out-dir FILE...
# mirroring the tree (and --root), -p BUILD_DIR with a compile_commands.json
# that CMake wrote for examples/cmake-project (the emitted tree compiles and
# prints what the serial program prints), their usage errors, and their help.
name=emit-many
build=$(cd "$1" && pwd) src=$(cd "$2" && pwd)
. "$(dirname "$0")/common.sh"
D=$build/delayc
annot=$src/annotations rt=$src/runtime

cp -r "$src/examples/cmake-project" "$work/proj"
cd "$work/proj"

say "--depfile"
"$D" emit src/report.c -o "$work/report.par.c" --depfile "$work/report.d" -- -Iinclude -DSCALE=3 || fail "emit --depfile"
head -n 1 "$work/report.d" | grep -qx "$work/report.par.c: \\\\" || { cat "$work/report.d"; fail "depfile target"; }
grep -qx " $work/proj/src/report.c \\\\" "$work/report.d" || fail "depfile: the input"
grep -q "^ $work/proj/include/numeric.h" "$work/report.d" || fail "depfile: an -I header"
grep -q "^ $work/proj/src/report.h" "$work/report.d" || fail "depfile: a quoted header"
grep -q "^$work/proj/src/report.h:\$" "$work/report.d" || fail "depfile: phony rule"
"$D" emit src/report.c -o "$work/x.c" -MF "$work/x.d" -- -Iinclude -DSCALE=3 && [ -s "$work/x.d" ] || fail "-MF"
rm -f "$work/bad.d"
if "$D" emit src/report.c -o "$work/bad.c" --depfile "$work/bad.d" 2>/dev/null; then fail "emit without -Iinclude worked"; fi
[ ! -e "$work/bad.d" ] || fail "a failed emit wrote its depfile"

say "--out-dir FILE... mirrors the tree"
"$D" emit --out-dir "$work/par1" src/main.c src/report.c src/numeric.c -- -Iinclude -DSCALE=3 || fail "--out-dir"
for f in src/main.c src/report.c src/numeric.c; do [ -f "$work/par1/$f" ] || fail "no $work/par1/$f"; done
head -n 1 "$work/par1/src/main.c" | grep -q delayc-generated || fail "par1/src/main.c"
cmp -s src/numeric.c "$work/par1/src/numeric.c" || fail "a file with nothing to transform is copied as it is"
(cd src && "$D" emit --out-dir "$work/par2" --root .. main.c -- -I../include -DSCALE=3) || fail "--root"
[ -f "$work/par2/src/main.c" ] || fail "--root: no par2/src/main.c"
if "$D" emit --out-dir "$work/par3" src/main.c "$src/examples/seed/inc_double_add.c" -- -Iinclude -DSCALE=3 2>"$work/err"; then
    fail "a file outside the root was accepted"
fi
grep -q "outside" "$work/err" || fail "no 'outside' error: $(cat "$work/err")"
[ -f "$work/par3/src/main.c" ] || fail "the other files are still written"

say "-p BUILD_DIR: flags from CMake's compile_commands.json"
cmake --install "$build" --prefix "$work/prefix" >/dev/null || fail "install"
cmake -S . -B "$work/b" -DCMAKE_PREFIX_PATH="$work/prefix" -DUSE_DELAYC=OFF \
      -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >"$work/cfg.log" 2>&1 || { cat "$work/cfg.log"; fail "configure"; }
"$D" emit -p "$work/b" --out-dir "$work/par4" || fail "emit -p --out-dir"
for f in src/main.c src/report.c src/numeric.c; do [ -f "$work/par4/$f" ] || fail "-p: no par4/$f"; done
cmp -s "$work/par1/src/main.c" "$work/par4/src/main.c" || fail "-p gives other output than the same flags by hand"
"$D" emit -p "$work/b" src/report.c -o "$work/one.c" || fail "emit -p FILE -o OUT"
if "$D" emit -p "$work/b" src/nope.c -o "$work/nope.c" 2>/dev/null; then fail "a file not in the database"; fi
if "$D" emit -p "$work/nowhere" --out-dir "$work/par5" 2>"$work/err"; then fail "-p without a database"; fi
grep -q "compile_commands.json" "$work/err" || fail "-p error message"
gcc -fopenmp -iquote src -Iinclude -I"$annot" -I"$rt" -DSCALE=3 "$work"/par4/src/*.c "$build/libdelayc.a" -o "$work/par" ||
    fail "the emitted tree does not compile"
gcc -Iinclude -I"$annot" -DSCALE=3 src/*.c -o "$work/ser"
"$work/ser" >"$work/want"
OMP_NUM_THREADS=4 "$work/par" >"$work/got"
same_output "$work/want" "$work/got" "the -p tree"

say "usage errors (exit 2) and help"
usage() { local rc=0; "$D" "$@" >/dev/null 2>&1 || rc=$?; [ $rc = 2 ] || fail "'delayc $*' exited $rc, not 2"; }
usage emit src/main.c src/report.c -o x.c
usage emit --out-dir d -o x.c src/main.c
usage emit --out-dir d --depfile x.d src/main.c
usage emit --root . src/main.c -o x.c
usage emit --out-dir d
usage emit -p "$work/b" src/main.c
usage graph src/main.c --out-dir d
usage emit src/main.c -o x.c --depfile
"$D" emit --help >"$work/help" || fail "emit --help"
for opt in --out-dir --root --depfile "-p DIR"; do grep -q -- "$opt" "$work/help" || fail "emit --help lacks $opt"; done
"$D" --help | grep -q -- "--out-dir" || fail "--help lacks --out-dir"
echo "emit: --depfile, --out-dir, --root and -p work"
