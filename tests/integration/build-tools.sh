#!/usr/bin/env bash
# build-tools.sh BUILD_DIR SOURCE_DIR — delayc-cc under the build tools that
# take a CC with a wrapper in it, on examples/make-project's sources:
# meson + ninja (CC="delayc-cc gcc" meson setup) and an autoconf configure
# script (CC="delayc-cc gcc" ./configure).  Each part runs only when its tool
# is installed (exit 77, "skipped", when neither is); each compares the
# parallel program's output with the serial build's, and meson's rebuild after
# a header edit.
name=build-tools
build=$1 src=$2
. "$(dirname "$0")/common.sh"
have_meson=0 have_autoconf=0
command -v meson >/dev/null 2>&1 && command -v ninja >/dev/null 2>&1 && have_meson=1
command -v autoconf >/dev/null 2>&1 && have_autoconf=1
if [ $have_meson = 0 ] && [ $have_autoconf = 0 ]; then echo "neither meson nor autoconf installed: skipped"; exit 77; fi

install_build "$build"
P=$work/prefix
export PATH="$P/bin:$PATH"
cp -r "$src/examples/make-project" "$work/proj"
cd "$work/proj"
gcc -Iinclude -I"$P/include" src/main.c src/blocks.c src/util/mathx.c -o serial -lm
./serial >"$work/want"

if [ $have_meson = 1 ]; then
    say "meson + ninja: CC=\"delayc-cc gcc\" meson setup"
    cat >meson.build <<EOF2
project('blocks', 'c')
m = meson.get_compiler('c').find_library('m')
executable('blocks', 'src/main.c', 'src/blocks.c', 'src/util/mathx.c',
  include_directories : include_directories('include', '$P/include'), dependencies : m)
EOF2
    CC="delayc-cc gcc" meson setup "$work/mb" >"$work/meson.log" 2>&1 || { cat "$work/meson.log"; fail "meson setup"; }
    ninja -C "$work/mb" >>"$work/meson.log" 2>&1 || { cat "$work/meson.log"; fail "ninja"; }
    OMP_NUM_THREADS=4 DELAYC_STATS=1 "$work/mb/blocks" >"$work/got" 2>"$work/stats"
    same_output "$work/want" "$work/got" "meson build"
    grep -Eq 'tasks=[1-9]' "$work/stats" || fail "the meson build ran no task"
    sleep 1
    printf '/* edited */\n' >>src/params.h
    ninja -C "$work/mb" >"$work/re.log" 2>&1 || { cat "$work/re.log"; fail "ninja rebuild"; }
    grep -q "src_main.c.o" "$work/re.log" || fail "ninja did not recompile main.c after params.h changed"
    ! grep -q "src_blocks.c.o" "$work/re.log" || fail "ninja recompiled blocks.c, which does not include params.h"
fi

if [ $have_autoconf = 1 ]; then
    say "autoconf: CC=\"delayc-cc gcc\" ./configure"
    cat >configure.ac <<'EOF2'
AC_INIT([blocks], [1.0])
AC_PROG_CC
AC_CHECK_HEADERS([stdlib.h math.h])
AC_SEARCH_LIBS([sqrt], [m])
AC_CHECK_FUNCS([strdup])
AC_CONFIG_FILES([Makefile.ac])
AC_OUTPUT
EOF2
    printf '%s\n' 'CC = @CC@' 'CFLAGS = @CFLAGS@' 'LIBS = @LIBS@' \
        'blocks-ac: src/main.c src/blocks.c src/util/mathx.c' \
        "	\$(CC) \$(CFLAGS) -Iinclude -I$P/include -o \$@ \$^ \$(LIBS)" >Makefile.ac.in
    autoconf >"$work/ac.log" 2>&1 || { cat "$work/ac.log"; fail "autoconf"; }
    CC="delayc-cc gcc" ./configure >>"$work/ac.log" 2>&1 || { cat "$work/ac.log"; fail "configure"; }
    grep -q '^CC = delayc-cc gcc' Makefile.ac || fail "configure did not keep CC"
    grep -q 'sqrt.*-lm' "$work/ac.log" || fail "configure did not find sqrt in -lm"
    make -f Makefile.ac >>"$work/ac.log" 2>&1 || { cat "$work/ac.log"; fail "make"; }
    OMP_NUM_THREADS=4 ./blocks-ac >"$work/got"
    same_output "$work/want" "$work/got" "autoconf build"
fi
echo "build tools: delayc-cc works under $( [ $have_meson = 1 ] && echo 'meson+ninja ')$( [ $have_autoconf = 1 ] && echo autoconf)"
