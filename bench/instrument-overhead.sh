#!/usr/bin/env bash
# instrument-overhead.sh [BUILD_DIR] [N] [RUNS] — what the run-time instruments
# cost per task (docs/runtime.md).  Builds bench/kernels/tiny.c (N independent
# one-multiply tasks) through delayc twice: with the hooks compiled out
# (-DDELAYC_NO_INSTRUMENT) and as delayc emits it, then runs each RUNS times per
# setting and prints the median time of the timed part and the cost per task
# against the serial build.  OMP_NUM_THREADS defaults to 2.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
bin=${1:-$top/build}
n=${2:-200000}
runs=${3:-7}
cc=${CC:-gcc}
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-2}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin/delayc" emit "$top/bench/kernels/tiny.c" -o "$tmp/tiny.par.c" -- -I"$top/bench" -I"$top/annotations"
flags=(-O2 -I"$top/bench" -I"$top/annotations" -I"$top/runtime")
$cc "${flags[@]}" "$top/bench/kernels/tiny.c" -o "$tmp/serial"
$cc "${flags[@]}" -fopenmp -DDELAYC_NO_INSTRUMENT "$tmp/tiny.par.c" "$bin/libdelayc.a" -o "$tmp/nohooks"
$cc "${flags[@]}" -fopenmp "$tmp/tiny.par.c" "$bin/libdelayc.a" -o "$tmp/hooks"

# Settings run round-robin, RUNS rounds, so that drift on a shared machine
# touches every setting alike; then the median per setting.
labels=("serial (no tasks)" "hooks compiled out" "hooks in, all off (default)" "DELAYC_STATS=1"
        "DELAYC_PROGRESS=1" "DELAYC_TRACE_SUMMARY=1" "DELAYC_TRACE=FILE" "DELAYC_GRAPH=FILE")
progs=(serial nohooks hooks hooks hooks hooks hooks hooks)
envs=("X=1" "X=1" "X=1" "DELAYC_STATS=1" "DELAYC_PROGRESS=1" "DELAYC_TRACE_SUMMARY=1"
      "DELAYC_TRACE=$tmp/t.json" "DELAYC_GRAPH=$tmp/g.dot")
for r in $(seq "$runs"); do
  for i in "${!labels[@]}"; do
    env "${envs[$i]}" "$tmp/${progs[$i]}" "$n" 2>&1 >/dev/null | awk -v i="$i" '/^time /{print i, $2}'
  done
done > "$tmp/times"
printf '%-34s %10s %14s\n' "setting (N=$n, $OMP_NUM_THREADS threads, $runs runs)" "median s" "ns per task"
med() { awk -v i="$1" '$1 == i {print $2}' "$tmp/times" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ts=$(med 0)
for i in "${!labels[@]}"; do
  t=$(med "$i")
  if [ "$i" -eq 0 ]; then per="-"; else per=$(printf '%.1f' "$(echo "($t - $ts) * 1000000000 / $n" | bc -l)"); fi
  printf '%-34s %10.4f %14s\n' "${labels[$i]}" "$t" "$per"
done
