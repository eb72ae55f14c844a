#!/usr/bin/env bash
# bench/parallelism/run.sh — how much of the available parallelism delayc finds.
#
# For every NN_name.c here: build the serial program (gcc -O2), run
# `delayc emit` on it, build the output with gcc -fopenmp and the runtime, check
# that the parallel program prints what the serial one prints, time both
# (median of N runs each), and compare the achieved speed-up with the ideal one
# written at the top of the program (/* ideal-4: X */).
#
# usage: run.sh [--reps N] [--threads P] [--logs DIR] [PROGRAM...]
#   --reps N     runs of each form, the median is reported (default 3)
#   --threads P  OMP_NUM_THREADS of the parallel runs (default 4; the ideal column
#                is always the ideal at 4 threads)
#   --logs DIR   where delayc's remarks go, one NN_name.log per program
#                (default: a fresh directory under ${TMPDIR:-/tmp})
#   PROGRAM      only these programs (01_map_reduce, 01_map_reduce.c or 01)
# environment:
#   DELAYC       the delayc command (default: build/delayc of this checkout,
#                else build-12/delayc)
#   DELAYC_LIB   the runtime library (default: libdelayc.a beside $DELAYC)
#   CC           the compiler (default gcc)
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

reps=3
threads=4
logs=""
only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) reps=${2:?--reps needs a value}; shift 2 ;;
    --reps=*) reps=${1#*=}; shift ;;
    --threads) threads=${2:?--threads needs a value}; shift 2 ;;
    --threads=*) threads=${1#*=}; shift ;;
    --logs) logs=${2:?--logs needs a value}; shift 2 ;;
    --logs=*) logs=${1#*=}; shift ;;
    -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option '$1' (run.sh --help)" >&2; exit 2 ;;
    *) only+=("$1"); shift ;;
  esac
done
case "$reps" in ''|*[!0-9]*|0) echo "run.sh: --reps wants a positive integer" >&2; exit 2 ;; esac
case "$threads" in ''|*[!0-9]*|0) echo "run.sh: --threads wants a positive integer" >&2; exit 2 ;; esac

if [ -z "${DELAYC:-}" ]; then
  DELAYC="$root/build/delayc"
  [ -x "$DELAYC" ] || DELAYC="$root/build-12/delayc"
fi
[ -x "$DELAYC" ] || { echo "run.sh: no delayc at '$DELAYC' (build it first, or set DELAYC)" >&2; exit 2; }
DELAYC_LIB=${DELAYC_LIB:-$(dirname "$DELAYC")/libdelayc.a}
[ -f "$DELAYC_LIB" ] || { echo "run.sh: no runtime library at '$DELAYC_LIB' (set DELAYC_LIB)" >&2; exit 2; }
CC=${CC:-gcc}

work=$(mktemp -d "${TMPDIR:-/tmp}/delayc-parallelism.XXXXXX")
trap 'rm -rf "$work"' EXIT
if [ -z "$logs" ]; then
  logs=$(mktemp -d "${TMPDIR:-/tmp}/delayc-parallelism-logs.XXXXXX")
fi
mkdir -p "$logs"

progs=()
for f in "$here"/[0-9][0-9]_*.c; do
  name=$(basename "$f" .c)
  if [ ${#only[@]} -gt 0 ]; then
    keep=0
    for o in "${only[@]}"; do
      case "$name" in "${o%.c}" | "${o%.c}"_*) keep=1 ;; esac
    done
    [ $keep = 1 ] || continue
  fi
  progs+=("$name")
done
[ ${#progs[@]} -gt 0 ] || { echo "run.sh: no program selected" >&2; exit 2; }

# wall-clock seconds of one run of "$@", its standard output in $out_file
now() { printf '%s' "${EPOCHREALTIME/,/.}"; }
time_run() {
  local t0 t1
  t0=$(now)
  "$@" >"$out_file" 2>/dev/null
  local rc=$?
  t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }'
  return $rc
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "delayc:  $DELAYC ($("$DELAYC" --version 2>/dev/null | head -1))"
echo "runtime: $DELAYC_LIB"
echo "threads: $threads   reps: $reps (median)   cores: $(nproc 2>/dev/null || echo '?')"
[ "$threads" = 4 ] || echo "note: the ideal column is the ideal speed-up at 4 threads"
echo "logs:    $logs"
echo
printf '%-20s %9s %10s %9s %7s %13s\n' program "serial s" "parallel s" speed-up ideal achieved/ideal
printf '%-20s %9s %10s %9s %7s %13s\n' -------------------- --------- ---------- --------- ------- -------------

ratios=()
mismatches=0
failures=0
for name in "${progs[@]}"; do
  src="$here/$name.c"
  log="$logs/$name.log"
  ideal=$(sed -n '1s|^/\* ideal-4: *\([0-9.]*\) *\*/.*|\1|p' "$src")
  [ -n "$ideal" ] || ideal="?"
  : >"$log"

  # build: serial, delayc's output, parallel
  if ! $CC -O2 -I"$root/annotations" -I"$here" "$src" -o "$work/$name.serial" 2>>"$log"; then
    printf '%-20s %s\n' "$name" "FAIL (serial build: see $log)"; failures=$((failures + 1)); continue
  fi
  {
    echo "### delayc emit $name.c"
    "$DELAYC" emit "$src" -o "$work/$name.par.c"
    echo "### exit $?"
  } 2>>"$log" >>"$log"
  if [ ! -s "$work/$name.par.c" ]; then
    printf '%-20s %s\n' "$name" "FAIL (delayc emit: see $log)"; failures=$((failures + 1)); continue
  fi
  {
    echo "### delayc emit --explain $name.c"
    "$DELAYC" emit "$src" -o /dev/null --explain
  } 2>>"$log" >>"$log"
  if ! $CC -O2 -fopenmp -I"$root/annotations" -I"$root/runtime" -I"$here" \
      "$work/$name.par.c" "$DELAYC_LIB" -o "$work/$name.par" 2>>"$log"; then
    printf '%-20s %s\n' "$name" "FAIL (parallel build: see $log)"; failures=$((failures + 1)); continue
  fi

  # reference output
  out_file="$work/$name.expected"
  if ! "$work/$name.serial" >"$out_file" 2>/dev/null; then
    printf '%-20s %s\n' "$name" "FAIL (serial run)"; failures=$((failures + 1)); continue
  fi

  # timed runs, serial and parallel alternating; every parallel output checked
  st=(); pt=(); bad=""
  for ((r = 0; r < reps; r++)); do
    out_file="$work/$name.out"
    st+=("$(time_run "$work/$name.serial")")
    cmp -s "$out_file" "$work/$name.expected" || bad="serial output changes between runs"
    pt+=("$(OMP_NUM_THREADS=$threads time_run "$work/$name.par")")
    if ! cmp -s "$out_file" "$work/$name.expected"; then
      bad="parallel output differs"
      { echo "### MISMATCH (run $((r + 1))): diff serial parallel"; diff "$work/$name.expected" "$out_file" | head -20; } >>"$log"
    fi
  done
  s=$(median "${st[@]}")
  p=$(median "${pt[@]}")
  if [ -n "$bad" ]; then
    printf '%-20s %9.3f %10.3f %9s %7s %13s  (%s)\n' "$name" "$s" "$p" MISMATCH "$ideal" - "$bad"
    mismatches=$((mismatches + 1))
    continue
  fi
  read -r speedup ratio < <(awk -v s="$s" -v p="$p" -v i="$ideal" 'BEGIN {
      sp = s / p; r = (i + 0 > 0) ? sp / i : -1
      printf "%.2f %s\n", sp, (r < 0 ? "?" : sprintf("%.2f", r)) }')
  printf '%-20s %9.3f %10.3f %9s %7s %13s\n' "$name" "$s" "$p" "$speedup" "$ideal" "$ratio"
  [ "$ratio" = "?" ] || ratios+=("$ratio")
done

echo
if [ ${#ratios[@]} -gt 0 ]; then
  mean=$(printf '%s\n' "${ratios[@]}" | awk '{ s += $1 } END { printf "%.3f", s / NR }')
  echo "mean achieved/ideal: $mean over ${#ratios[@]} programs"
else
  echo "mean achieved/ideal: - (no program ran)"
fi
echo "mismatches: $mismatches   failures: $failures   (of ${#progs[@]} programs)"
echo "delayc's remarks and explanations: $logs/<program>.log"
[ $mismatches -eq 0 ] && [ $failures -eq 0 ]
