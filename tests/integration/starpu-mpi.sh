#!/usr/bin/env bash
# starpu-mpi.sh BUILD_DIR SOURCE_DIR — the StarPU-MPI target as a user builds
# it from an installed delayc: with mpicc and `pkg-config --cflags --libs
# delayc-starpu-mpi` only, and in a CMake project with find_package(delayc) and
# delayc_parallelize(app TARGET starpu-mpi); both print what the serial build
# prints under mpirun -np 2.  Skipped (77) when delayc was built without the
# StarPU-MPI runtime or mpicc is missing.
name=starpu-mpi
build=$(cd "$1" && pwd) src=$(cd "$2" && pwd)
. "$(dirname "$0")/common.sh"
[ -f "$build/libdelayc-starpu-mpi.a" ] && command -v mpicc >/dev/null && command -v mpirun >/dev/null || {
    echo "(no StarPU-MPI runtime or no MPI: skipped)"; exit 77; }
install_build "$build"
P=$work/prefix
seed=$src/examples/seed/inc_double_add.c
export OMPI_MCA_btl=${OMPI_MCA_btl:-self,vader} STARPU_SILENT=1 STARPU_WORKERS_NOBIND=1 STARPU_HOME=$work/starpu-home
mpirun=(mpirun --allow-run-as-root --oversubscribe --bind-to none)
cd "$work"
gcc -I"$P/include" "$seed" -o serial-seed
./serial-seed 8 >want

say "mpicc and pkg-config delayc-starpu-mpi"
export PKG_CONFIG_PATH=$P/lib/pkgconfig
"$P/bin/delayc" emit --target=starpu-mpi "$seed" -o seed.par.c
# shellcheck disable=SC2046
mpicc $(pkg-config --cflags delayc-starpu-mpi) seed.par.c $(pkg-config --libs delayc-starpu-mpi) -o pc-seed ||
    fail "compile with delayc-starpu-mpi.pc"
"${mpirun[@]}" -np 2 ./pc-seed 8 >got && same_output want got "pkg-config build, 2 ranks"

say "CMake: delayc_parallelize(app TARGET starpu-mpi)"
mkdir -p proj
cp "$seed" proj/seed.c
cat >proj/CMakeLists.txt <<'C'
cmake_minimum_required(VERSION 3.20)
project(cluster C)
find_package(delayc REQUIRED)
add_executable(app seed.c)
target_include_directories(app PRIVATE ${delayc_INCLUDE_DIR})
delayc_parallelize(app TARGET starpu-mpi)
C
CC=mpicc cmake -S proj -B proj/build -G "$(generator)" -DCMAKE_PREFIX_PATH="$P" >cmake.log 2>&1 ||
    { cat cmake.log >&2; fail "configure"; }
cmake --build proj/build >build.log 2>&1 || { cat build.log >&2; fail "build"; }
grep -q "delayc_starpu.h" proj/build/delayc/app/seed.c || fail "the target's source is not delayc's starpu-mpi output"
"${mpirun[@]}" -np 2 proj/build/app 8 >got && same_output want got "CMake build, 2 ranks"

say "CMake: an unknown TARGET is a configure error"
sed -i 's/TARGET starpu-mpi/TARGET cuda/' proj/CMakeLists.txt
if CC=mpicc cmake -S proj -B proj/build2 -DCMAKE_PREFIX_PATH="$P" >bad.log 2>&1; then fail "TARGET cuda configured"; fi
grep -q "unknown TARGET 'cuda'" bad.log || { cat bad.log >&2; fail "message for TARGET cuda"; }
echo "starpu-mpi: ok"
