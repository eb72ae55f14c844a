#!/usr/bin/env bash
# run-seed.sh — the seed example end to end: build delayc, turn
# examples/seed/inc_double_add.c into an OpenMP program, compile and run it,
# and print what the serial program prints for comparison.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/build.sh

src=examples/seed/inc_double_add.c
out=build/seed
mkdir -p "$out"

echo "== delayc emit $src"
build/delayc emit "$src" -o "$out/inc_double_add.par.c"

echo "== parallel: delayc output, gcc -fopenmp (DELAYC_STATS=1 counts its tasks)"
gcc -fopenmp -O2 -I annotations -I runtime \
    "$out/inc_double_add.par.c" build/libdelayc.a -o "$out/inc_double_add.par"
DELAYC_STATS=1 "$out/inc_double_add.par" 2>"$out/par.stats" | tee "$out/par.txt"
cat "$out/par.stats" >&2

echo "== serial: the annotated source, plain gcc"
gcc -O2 -I annotations "$src" -o "$out/inc_double_add.serial"
"$out/inc_double_add.serial" | tee "$out/serial.txt"

if cmp -s "$out/par.txt" "$out/serial.txt"; then
  echo "== same output, serial and parallel"
else
  echo "== OUTPUTS DIFFER (diff $out/serial.txt $out/par.txt)"
  exit 1
fi
