#!/usr/bin/env bash
# run-tsan.sh [PROG.c ...] — race check of delayc's output under ThreadSanitizer
# with LLVM's Archer OpenMP tool.  Each program is run through `delayc emit`,
# built with `clang-19 -fopenmp -fsanitize=thread` against LLVM 19's libomp, and
# run with OMP_NUM_THREADS=4 (and 2) under Archer; any ThreadSanitizer report is
# a failure.  Without arguments: the examples, every tests/diff/progs*/*.c and
# GEN_COUNT (default 20) generated programs.  Ends with "N passed, N failed".
#
# Why LLVM 19: LLVM 14's Archer crashes on `taskwait depend`, and delayc_rt.h
# keeps the precise `taskwait depend` only for clang >= 19, so this also checks
# the precise waits.  Debian's libomp-19-dev cannot be installed next to
# libomp-14-dev (they conflict), so scripts/install-deps.sh unpacks LLVM 19's
# OpenMP runtime into /opt/delayc-llvm19-openmp instead (OMP19_ROOT overrides).
#
# Two self-checks guard against a silent pass: Archer must announce itself in
# every run, and tests/tsan/selfcheck_race.c (a task with a missing depend)
# must be reported.  Archer itself is loaded through archer_shim.c, which adds
# the one annotation LLVM 19's Archer lacks (libomp recycles task descriptors;
# see that file) — without it every task-heavy program reports false races.
#
# Environment: DELAYC (required), DELAYC_INCLUDES, DELAYC_RT_SRC (runtime
# sources dir), CLANG19, OMP19_ROOT, JOBS (default 2), GEN_COUNT, WORK.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
[ -n "${DELAYC:-}" ] || { echo "run-tsan.sh: DELAYC is not set" >&2; exit 2; }
jobs=${JOBS:-2}
clang19=${CLANG19:-$(command -v clang-19 || echo /usr/lib/llvm-19/bin/clang)}
rt_src=${DELAYC_RT_SRC:-$root/runtime}

# ---- locate LLVM 19's OpenMP runtime, Archer and omp.h ----
omp_lib="" omp_inc=""
for r in ${OMP19_ROOT:-} /opt/delayc-llvm19-openmp/usr/lib/llvm-19 /usr/lib/llvm-19; do
    if [ -f "$r/lib/libarcher.so" ] && [ -f "$r/lib/libomp.so.5" ]; then
        omp_lib=$r/lib
        [ -f "$r/lib/clang/19/include/omp.h" ] && omp_inc=$r/lib/clang/19/include
        break
    fi
done
if ! [ -x "$clang19" ] || [ -z "$omp_lib" ]; then
    echo "run-tsan.sh: LLVM 19 is missing (clang-19: '$clang19', libomp/libarcher: '${omp_lib:-not found}')."
    echo "run-tsan.sh: run scripts/install-deps.sh (clang-19, libclang-rt-19-dev, LLVM 19 OpenMP in /opt)."
    echo "0 passed, 1 failed"
    exit 1
fi
symbolizer=""
for s in /usr/lib/llvm-19/bin/llvm-symbolizer /usr/lib/llvm-14/bin/llvm-symbolizer "$(command -v llvm-symbolizer)"; do
    [ -n "$s" ] && [ -x "$s" ] && { symbolizer=$s; break; }
done

work=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/run-tsan.XXXXXX")}
mkdir -p "$work"
incs=()
IFS=: read -r -a inc_dirs <<< "${DELAYC_INCLUDES:-$root/annotations:$root/runtime}"
for d in "${inc_dirs[@]}"; do [ -n "$d" ] && incs+=("-I$d"); done
ompflags=()
[ -n "$omp_inc" ] && ompflags+=("-I$omp_inc")

# ---- the Archer shim and the runtime, built once ----
if ! "$clang19" -O1 -shared -fPIC "${ompflags[@]}" "$here/archer_shim.c" -o "$work/libarcher_shim.so" -ldl \
        > "$work/shim.log" 2>&1; then
    echo "run-tsan.sh: building archer_shim.c failed:"; sed 's/^/    /' "$work/shim.log"
    echo "0 passed, 1 failed"; exit 1
fi
rt_objs=()
for c in "$rt_src"/*.c; do
    o=$work/rt_$(basename "$c" .c).o
    if ! "$clang19" -std=c11 -g -O1 -fsanitize=thread "${incs[@]}" -c "$c" -o "$o" > "$work/rt.log" 2>&1; then
        echo "run-tsan.sh: building the runtime with TSan failed:"; sed 's/^/    /' "$work/rt.log"
        echo "0 passed, 1 failed"; exit 1
    fi
    rt_objs+=("$o")
done

# report_thread_leaks=0: a task may call exit() (ordered like the serial
# program's, delayc's effects model), which ends the process with the OpenMP
# workers never joined: not a race
tsan_opts="ignore_noninstrumented_modules=1 halt_on_error=0 exitcode=0 report_signal_unsafe=0 report_thread_leaks=0"
[ -n "$symbolizer" ] && tsan_opts="$tsan_opts external_symbolizer_path=$symbolizer"

# check NAME SRC [emit|plain] [RUNNER] [ARGS...]: one program; prints one result line
# and writes the details to $work/NAME.log
check() {
    local name=$1 src=$2 mode=$3 runner=$4
    shift 4
    local d=$work/$name log=$work/$name.log
    mkdir -p "$d"
    : > "$log"
    local c=$src
    if [ "$mode" = emit ]; then
        c=$d/out.c
        if ! "$DELAYC" emit "$src" -o "$c" -- -std=c11 "${incs[@]}" >> "$log" 2>&1; then
            echo "FAIL  $name  (delayc emit failed)"; return 1
        fi
    fi
    # -DDELAYC_FULL_WAITS: libomp 19 asserts in `taskwait depend` with Archer
    # attached (kmp_taskdeps.cpp: taskwait_task_data->ptr == NULL); the precise
    # waits are checked by the differential suite
    if ! "$clang19" -std=c11 -g -O1 -fopenmp -fsanitize=thread -DDELAYC_FULL_WAITS "${ompflags[@]}" "${incs[@]}" "$c" \
            "${rt_objs[@]}" -L"$omp_lib" -Wl,-rpath,"$omp_lib" -lm -o "$d/prog" >> "$log" 2>&1; then
        echo "FAIL  $name  (clang-19 -fsanitize=thread build failed)"; return 1
    fi
    # Archer starts with the OpenMP runtime, i.e. at the first parallel region:
    # it must have announced itself in every run that ran a task (DELAYC_STATS
    # counts them; a program whose calls all stayed serial runs none)
    local t reports=0 announced=1 tasks
    for t in 4 2; do
        (cd "$d" && OMP_NUM_THREADS=$t OMP_TOOL_LIBRARIES="$work/libarcher_shim.so" \
            ARCHER_SHIM_ARCHER="$omp_lib/libarcher.so" ARCHER_OPTIONS="verbose=1" DELAYC_STATS=1 \
            TSAN_OPTIONS="$tsan_opts" timeout 300 $runner ./prog "$@" > "$d/out.$t" 2> "$d/err.$t")
        local n rc=$?
        n=$(grep -c 'WARNING: ThreadSanitizer' "$d/err.$t")
        reports=$(( reports + n ))
        # a run that crashed (a signal, the OpenMP runtime's assertion) checked nothing
        if [ "$rc" -ge 124 ] || grep -q 'Assertion failure' "$d/err.$t"; then
            cat "$d/err.$t" >> "$log"
            echo "FAIL  $name  (the run at $t threads ended abnormally, status $rc)"; return 1
        fi
        tasks=$(sed -n 's/.*delayc: tasks=\([0-9]*\).*/\1/p' "$d/err.$t" | tail -n 1)
        if [ "$mode" = expect-race ] || [ "${tasks:-0}" -gt 0 ]; then
            cat "$d/out.$t" "$d/err.$t" | grep -q 'Archer detected OpenMP application with TSan' || announced=0
        fi
        cat "$d/err.$t" >> "$log"
    done
    if [ "$mode" = expect-race ]; then
        if [ "$reports" -gt 0 ] && [ "$announced" = 1 ]; then
            echo "PASS  $name  (the planted race is reported)"; return 0
        fi
        echo "FAIL  $name  (self-check: the planted race was not reported; is Archer working?)"; return 1
    fi
    if [ "$announced" = 0 ]; then
        echo "FAIL  $name  (Archer did not start: no 'Archer detected' line)"; return 1
    fi
    if [ "$reports" -gt 0 ]; then
        echo "FAIL  $name  ($reports ThreadSanitizer reports)"; return 1
    fi
    echo "PASS  $name"
}

# ---- the list of programs: NAME|SRC|MODE|RUNNER|ARGS ----
list=$work/list
: > "$list"
if [ $# -gt 0 ]; then
    for p in "$@"; do echo "$(basename "$p" .c)|$p|emit||" >> "$list"; done
else
    echo "selfcheck_race|$here/selfcheck_race.c|expect-race||" >> "$list"
    echo "example.seed|$root/examples/seed/inc_double_add.c|emit||1000" >> "$list"
    echo "example.bind|$root/examples/bind/bind.c|emit||" >> "$list"
    echo "example.batching|$root/examples/batching/batching.c|emit||" >> "$list"
    echo "example.ingest|$root/examples/ingest/ingest.c|emit|$root/examples/ingest/run-ingest.sh|" >> "$list"
    for p in "$root"/tests/diff/progs/*.c "$root"/tests/diff/progs2/*.c; do
        echo "diff.$(basename "$(dirname "$p")").$(basename "$p" .c)|$p|emit||" >> "$list"
    done
    mkdir -p "$work/gen"
    python3 "$root/tests/gen/gen.py" "${GEN_SEED:-5000}" --count "${GEN_COUNT:-20}" --dir "$work/gen" --size small
    for p in "$work"/gen/*.c; do echo "gen.$(basename "$p" .c)|$p|emit||" >> "$list"; done
fi

# ---- run them, JOBS at a time ----
results=$work/results
: > "$results"
run_one() {
    local name src mode runner args
    IFS='|' read -r name src mode runner args <<< "$1"
    local r
    # shellcheck disable=SC2086
    r=$(check "$name" "$src" "$mode" "$runner" $args)
    echo "$r" >> "$results"
    echo "$r"
    case "$r" in FAIL*) sed -n '/WARNING: ThreadSanitizer/,/^SUMMARY/p;/error/p' "$work/$name.log" | head -n 60 | sed 's/^/    /' ;; esac
}
running=0
while IFS= read -r line; do
    run_one "$line" &
    running=$(( running + 1 ))
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$(( running - 1 ))
    fi
done < "$list"
wait
passed=$(grep -c '^PASS' "$results")
failed=$(grep -c '^FAIL' "$results")
if [ "$failed" -eq 0 ] && [ -z "${WORK:-}" ]; then rm -rf "$work"; else echo "kept: $work"; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
