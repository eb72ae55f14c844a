#!/usr/bin/env bash
# cmake-project.sh installed|subdir BUILD_DIR SOURCE_DIR — examples/cmake-project
# built the way a user builds it, against delayc installed from BUILD_DIR
# (find_package) or against delayc's source tree (add_subdirectory):
#   * the parallel build (delayc_parallelize) prints what the serial build
#     (-DUSE_DELAYC=OFF) prints, under 1, 2 and 4 threads, and runs tasks;
#   * the generated sources are in the build tree, not the source tree;
#   * an incremental rebuild runs delayc again after a header is edited — only
#     for the sources that include it — and not otherwise (with Ninja when it
#     is installed for `installed`, with make for `subdir`).
name=cmake-project
mode=$1 build=$2 src=$3
. "$(dirname "$0")/common.sh"

cp -r "$src/examples/cmake-project" "$work/proj"
proj=$work/proj
case "$mode" in
    installed)
        install_build "$build"
        gen=$(generator)
        cfg=(-G "$gen" "-DCMAKE_PREFIX_PATH=$work/prefix")
        target=(--target stats)
        ;;
    subdir)
        # a snapshot of delayc's sources, as a project vendors them (and safe
        # from edits to the tree while the test runs)
        mkdir -p "$work/delayc/docs"
        cp -r "$src/CMakeLists.txt" "$src/cmake" "$src/tool" "$src/runtime" "$src/annotations" "$work/delayc/"
        cp -r "$src/docs/man" "$work/delayc/docs/"
        gen="Unix Makefiles"
        cfg=(-G "$gen" "-DDELAYC_SOURCE_DIR=$work/delayc" -DCMAKE_BUILD_TYPE=Debug)   # Debug: delayc compiles faster
        target=(--target stats)
        ;;
    *) echo "usage: $0 installed|subdir BUILD_DIR SOURCE_DIR" >&2; exit 2 ;;
esac

say "configure and build ($mode, $gen): parallel and serial"
cmake -S "$proj" -B "$work/par" "${cfg[@]}" >"$work/par.log" 2>&1 || { cat "$work/par.log"; fail "configure (parallel)"; }
cmake --build "$work/par" -j2 "${target[@]}" >>"$work/par.log" 2>&1 || { cat "$work/par.log"; fail "build (parallel)"; }
cmake -S "$proj" -B "$work/ser" "${cfg[@]}" -DUSE_DELAYC=OFF >"$work/ser.log" 2>&1 || { cat "$work/ser.log"; fail "configure (serial)"; }
cmake --build "$work/ser" -j2 "${target[@]}" >>"$work/ser.log" 2>&1 || { cat "$work/ser.log"; fail "build (serial)"; }

for f in main.c report.c; do
    g=$work/par/delayc/stats/src/$f
    [ -f "$g" ] || fail "no generated $g"
    head -n 1 "$g" | grep -q "delayc-generated" || fail "$g is not delayc's output"
done
# the library it links (numeric, not parallelized): its functions' summary, for stats' --with
[ -f "$work/par/delayc/stats/linked/numeric/numeric.c.fx" ] || fail "no summary of the linked library numeric"
diff -r "$src/examples/cmake-project" "$proj" >/dev/null || fail "the build wrote into the source tree"

say "run: parallel vs serial"
for args in "" 1000; do
    "$work/ser/stats" $args >"$work/want" || fail "serial run"
    for t in 1 2 4; do
        OMP_NUM_THREADS=$t DELAYC_STATS=1 "$work/par/stats" $args >"$work/got" 2>"$work/stats" || fail "parallel run"
        same_output "$work/want" "$work/got" "threads=$t args='$args'"
    done
    grep -Eq 'tasks=[1-9]' "$work/stats" || fail "the parallel build ran no task: $(cat "$work/stats")"
done
echo "same output: $(head -n 2 "$work/want" | tr '\n' ' ')"

say "incremental rebuilds"
gdir=$work/par/delayc/stats/src
# rebuild PATTERN: rebuilds; prints the generated files newer than a stamp
rebuild() {
    touch "$work/stamp"
    sleep 1
    [ -n "${1:-}" ] && printf '/* edited */\n' >>"$proj/$1"
    cmake --build "$work/par" "${target[@]}" >"$work/inc.log" 2>&1 || { cat "$work/inc.log"; fail "rebuild"; }
    (cd "$gdir" && find . -name '*.c' -newer "$work/stamp" | sed 's|^\./||' | sort | tr '\n' ' ')
}
got=$(rebuild) ; [ -z "$got" ] || fail "a rebuild with nothing changed ran delayc on: $got"
got=$(rebuild src/config.h) ; [ "$got" = "main.c " ] || fail "after editing src/config.h, regenerated '$got' (want main.c only)"
got=$(rebuild include/numeric.h) ; [ "$got" = "main.c report.c " ] || fail "after editing include/numeric.h, regenerated '$got' (want main.c report.c)"
got=$(rebuild src/report.c) ; [ "$got" = "report.c " ] || fail "after editing src/report.c, regenerated '$got' (want report.c only)"
got=$(rebuild) ; [ -z "$got" ] || fail "a second rebuild with nothing changed ran delayc on: $got"
"$work/ser/stats" >"$work/want"
"$work/par/stats" >"$work/got"
same_output "$work/want" "$work/got" "after the rebuilds"
echo "incremental: regenerated exactly the files that include an edited header"
