#!/usr/bin/env bash
# run-legacy.sh DELAYC RUNTIME_LIB INCLUDE_DIRS [PROG.c...] — suggest's contract
# on legacy code no one annotated (tests/suggest/legacy, written without
# reading delayc's code; EXPECTED.md says what an engineer would pick), or on
# the programs named (CMakeLists.txt runs it on every suggest input of the lit
# tests too).
#
# For each program, on a copy: `delayc suggest --fix`; the annotated file still
# builds serially and prints what the original prints; `delayc emit` of it
# builds with gcc and clang and prints the same, under 1 and 4 threads with
# gcc and 4 with clang (the differential suite runs both at 1, 2 and 4), and
# when something was annotated, tasks run (DELAYC_STATS, in gcc's 4-thread run).
# A program emit leaves as it was (nothing annotated, nothing to do) is not
# built again: it is the original.
# The sizes are shrunk with -D (every size is an #ifndef) so the whole run
# takes seconds.  Prints one line per program, what suggest annotated, and
# "N passed, N failed".
set -u
delayc=$1 rt=$2 incs=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
progs=("$@")
[ ${#progs[@]} -eq 0 ] && progs=("$here"/legacy/*.c)
work=$(mktemp -d "${TMPDIR:-/tmp}/delayc-legacy.XXXXXX")
trap 'rm -rf "$work"' EXIT
iflags=()
IFS=: read -ra dirs <<< "$incs"
for d in "${dirs[@]}"; do iflags+=("-I$d"); done
# smaller sizes: each program's #ifndef knobs (names from the corpus)
small=(-DIMG_W=64 -DIMG_H=48 "-DINPUT_SIZE=(1u<<20)" -DNUM_ARGS=200 -DTOP_MEMBERS=6 -DITEMS_MIN=10
       -DITEMS_SPREAD=40 -DNUM_IMAGES=3 -DIMG_SIZE=96 -DNBODIES=200 -DNSTEPS=16 "-DTEXT_SIZE=(1u<<20)" -DN=256)
# the second part of the corpus names its knobs more briefly: flags of their own
declare -A own=(
  [fractal_render]="-DW=160 -DH=100 -DMAX_ITER=250"
  [record_digest]="-DNREC=750 -DSTRETCH_ROUNDS=20"
  [heat_rod]="-DNX=1024 -DNSTEPS=40 -DBLOCK=32 -DPRINT_EVERY=10"
  [batch_stats]="-DNSERIES=8 -DLEN=512 -DNFREQ=75"
  [word_distance]="-DNWORDS=2000"
  [escape_walkers]="-DNWALKERS=750 -DMAX_STEPS=3000"
)
common=("${small[@]}")
pass=0 fail=0
for p in "${progs[@]}"; do
  name=$(basename "$p" .c)
  if [ -n "${own[$name]:-}" ]; then read -ra small <<< "${own[$name]}"; else small=("${common[@]}"); fi
  [ "$(cd "$(dirname "$p")" && pwd)" = "$here/legacy" ] || small=()     # not the corpus: as it is
  d="$work/$name"
  mkdir -p "$d"
  cp "$p" "$d/$name.c"
  problem=""
  cc_serial() { "$1" -std=c11 -O1 "${small[@]}" "${iflags[@]}" "$2" -o "$3" -lm 2> "$d/cc.err"; }
  if ! cc_serial gcc "$p" "$d/orig"; then problem="the original does not build"; fi
  [ -z "$problem" ] && { timeout 60 "$d/orig" > "$d/want" 2>&1 || problem="the original failed"; }
  if [ -z "$problem" ]; then
    "$delayc" suggest --fix "$d/$name.c" -- "${small[@]}" > "$d/suggest.out" 2> "$d/suggest.err" ||
      problem="suggest --fix failed: $(head -3 "$d/suggest.err")"
  fi
  annotated=$(grep -oE "(annotated|the new function): [^(]*\(" "$d/suggest.out" 2>/dev/null | sed -E 's/(annotated|the new function): //; s/ *\($//; s/.* //' | tr '\n' ' ')
  if [ -z "$problem" ]; then
    cc_serial gcc "$d/$name.c" "$d/annot" || problem="the annotated file does not build serially: $(head -3 "$d/cc.err")"
  fi
  [ -z "$problem" ] && { timeout 60 "$d/annot" > "$d/got" 2>&1; cmp -s "$d/want" "$d/got" || problem="the annotated file prints something else"; }
  if [ -z "$problem" ]; then
    "$delayc" emit "$d/$name.c" -o "$d/par.c" -- -std=c11 "${small[@]}" 2> "$d/emit.err" ||
      problem="emit failed: $(head -3 "$d/emit.err")"
  fi
  same=""
  [ -z "$problem" ] && cmp -s "$d/$name.c" "$d/par.c" && cmp -s "$p" "$d/$name.c" && same=1
  for cc in gcc clang; do
    [ -n "$problem" ] || [ -n "$same" ] && break
    command -v "$cc" > /dev/null || continue
    "$cc" -std=c11 -O1 -fopenmp "${small[@]}" "${iflags[@]}" "$d/par.c" "$rt" -lpthread -lm -o "$d/par.$cc" 2> "$d/cc.err" ||
      { problem="$cc cannot build the output: $(head -3 "$d/cc.err")"; break; }
    threads="1 4"
    [ "$cc" = clang ] && threads=4
    for t in $threads; do
      stats=""                       # (the instruments cost: on in one run only)
      [ "$cc$t" = gcc4 ] && stats=1
      OMP_NUM_THREADS=$t DELAYC_STATS=$stats timeout 120 "$d/par.$cc" > "$d/par.raw" 2>&1
      grep -Ev '^delayc: (tasks=|memo hits=)' "$d/par.raw" > "$d/par.out"
      cmp -s "$d/want" "$d/par.out" || { problem="$cc, $t threads: prints something else"; break; }
      # what suggest annotated runs as tasks
      if [ "$cc$t" = gcc4 ] && [ -n "$annotated" ]; then
        tasks=$(sed -n 's/^delayc: tasks=\([0-9]*\).*/\1/p' "$d/par.raw")
        [ "${tasks:-0}" -gt 0 ] || { problem="suggest annotated $annotated, but no task ran"; break; }
      fi
    done
  done
  if [ -z "$problem" ]; then
    pass=$((pass + 1))
    echo "PASS  $name  annotated: ${annotated:-nothing}"
  else
    fail=$((fail + 1))
    echo "FAIL  $name  $problem"
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
