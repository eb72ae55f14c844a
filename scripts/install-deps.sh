#!/usr/bin/env bash
# install-deps.sh — installs, with apt-get, the Debian packages delayc needs to
# build and test, and only those that are missing.  Meant for Debian 12 as root
# (or with sudo); does nothing when everything is there already.
set -euo pipefail

# llvm-14 brings llvm-config, which the build asks for LLVM's paths.
packages=(cmake make gcc clang libclang-dev libomp-dev llvm-14 llvm-14-tools python3 graphviz libyaml-dev pkgconf python3-jsonschema clang-tools-14)
# Build-system integration tests (tests/integration): meson, ninja, autoconf, man.
packages+=(meson ninja-build autoconf automake man-db)
# The reliability tests (docs/reliability.md): clang-19 with its sanitizer and
# libFuzzer runtimes for the race check (tests/tsan), valgrind for memcheck.
packages+=(clang-19 libclang-rt-19-dev libclang-rt-14-dev valgrind)
# The StarPU targets (--target=starpu, starpu-mpi): StarPU-MPI and OpenMPI.
packages+=(libstarpu-dev libstarpumpi-1.3-3 openmpi-bin libopenmpi-dev)
# `delayc report` is checked in a real browser (ctest report.chromium: a
# headless screenshot of the HTML report; the test skips without it).
packages+=(chromium)

# LLVM 19's OpenMP runtime and Archer (libomp5-19, libomp-19-dev) conflict with
# libomp-14-dev, which the default clang needs for -fopenmp: installing them
# would remove it.  They are unpacked into this directory instead (not installed).
omp19_dir=/opt/delayc-llvm19-openmp
omp19_pkgs=(libomp5-19 libomp-19-dev)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg -s "$p" >/dev/null 2>&1; then
    missing+=("$p")
  fi
done

omp19_missing=0
if [ ! -f "$omp19_dir/usr/lib/llvm-19/lib/libarcher.so" ]; then
  omp19_missing=1
fi

if [ "${#missing[@]}" -eq 0 ] && [ "$omp19_missing" -eq 0 ]; then
  echo "install-deps: all dependencies present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ "$omp19_missing" -eq 1 ]; then
  # the version that matches the installed clang-19
  ver=$(dpkg-query -W -f='${Version}' clang-19)
  echo "install-deps: unpacking ${omp19_pkgs[*]} ($ver) into $omp19_dir"
  dl=$(mktemp -d)
  chmod 755 "$dl"
  specs=()
  for p in "${omp19_pkgs[@]}"; do specs+=("$p=$ver"); done
  (cd "$dl" && apt-get download "${specs[@]}")
  $sudo mkdir -p "$omp19_dir"
  for deb in "$dl"/*.deb; do
    $sudo dpkg-deb -x "$deb" "$omp19_dir"
  done
  rm -rf "$dl"
fi
