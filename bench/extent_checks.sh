#!/bin/bash
# extent_checks.sh — what the run-time extent checks cost (lower/extent_checks.c):
# each kernel of bench/extent/ through `delayc emit`, built twice with gcc -O2
# -fopenmp, as emitted (checked) and with -DDELAYC_RT_NO_EXTENT_CHECKS, run
# alternately REPS times; prints the median seconds of each and their ratio.
#
#   DELAYC=build-bench/delayc DELAYC_RT=build-bench/libdelayc.a bench/extent_checks.sh [REPS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(dirname "$here")
D=${DELAYC:-$root/build-bench/delayc}; RT=${DELAYC_RT:-$root/build-bench/libdelayc.a}
reps=${1:-5}; threads=${OMP_NUM_THREADS:-2}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
printf '%-14s %10s %10s %7s   (OMP_NUM_THREADS=%s, %s runs each, medians)\n' kernel checked unchecked ratio "$threads" "$reps"
for src in "$here"/extent/*.c; do
  k=$(basename "$src" .c)
  "$D" emit "$src" -o "$tmp/$k.c" -- -I "$root/annotations" 2>/dev/null
  gcc -O2 -fopenmp -I "$root/annotations" -I "$root/runtime" "$tmp/$k.c" "$RT" -o "$tmp/$k.on"
  gcc -O2 -fopenmp -DDELAYC_RT_NO_EXTENT_CHECKS -I "$root/annotations" -I "$root/runtime" "$tmp/$k.c" "$RT" -o "$tmp/$k.off"
  : > "$tmp/on"; : > "$tmp/off"
  for ((r = 0; r < reps; r++)); do
    for v in on off; do
      s=$(date +%s.%N); OMP_NUM_THREADS=$threads "$tmp/$k.$v" > "$tmp/$k.$v.out"; e=$(date +%s.%N)
      awk -v s="$s" -v e="$e" 'BEGIN { print e - s }' >> "$tmp/$v"
    done
    cmp -s "$tmp/$k.on.out" "$tmp/$k.off.out" || { echo "$k: outputs differ" >&2; exit 1; }
  done
  on=$(median < "$tmp/on"); off=$(median < "$tmp/off")
  printf '%-14s %10.3f %10.3f %7.2f\n' "$k" "$on" "$off" "$(awk -v a="$on" -v b="$off" 'BEGIN { print a / b }')"
done
