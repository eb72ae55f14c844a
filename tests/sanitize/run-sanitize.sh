#!/usr/bin/env bash
# run-sanitize.sh SRC_DIR BIN_DIR — the tool and the runtime under AddressSanitizer
# and UBSan.  Configures BIN_DIR (default SRC_DIR/build/sanitize: kept between
# runs, so later runs only rebuild what changed) with -DDELAYC_SANITIZE=ON,
# builds it, then runs with that build:
#   1. the runtime's unit tests (ctest -L runtime... i.e. tests named runtime.*);
#   2. the whole lit suite (every test of the tool, through the sanitized delayc);
#   3. a sample of the differential tests (every DIFF_EVERY-th program of
#      tests/diff/progs*, default 10, and GEN_COUNT generated ones, default 6),
#      where the serial and parallel programs are also built with
#      -fsanitize=address,undefined (tests/sanitize/gcc-asan, clang-asan) and linked with the
#      sanitized runtime.
# Any sanitizer report fails the step it occurs in (halt_on_error; UBSan does not
# recover).  Leak detection is off for the tool: delayc is a one-shot command that
# leaves its analysis to process exit (docs/reliability.md); memory errors count.
# Ends with "N passed, N failed" over the steps.
set -u
here=$(cd "$(dirname "$0")" && pwd)
src=${1:-$(cd "$here/../.." && pwd)}
bin=${2:-$src/build/sanitize}
jobs=${JOBS:-2}
mkdir -p "$bin"
log=$bin/run-sanitize.log
: > "$log"
passed=0 failed=0
step() { # step NAME RC
    if [ "$2" -eq 0 ]; then echo "PASS  $1"; passed=$((passed + 1)); else echo "FAIL  $1"; failed=$((failed + 1)); fi
}

# ---- configure and build ----
cfg=(-DDELAYC_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo)
[ -n "${DELAYC_LLVM_ROOT:-}" ] && cfg+=(-DDELAYC_LLVM_ROOT="$DELAYC_LLVM_ROOT")
if ! { cmake -S "$src" -B "$bin" "${cfg[@]}" && cmake --build "$bin" -j "$jobs"; } >> "$log" 2>&1; then
    echo "FAIL  build with -DDELAYC_SANITIZE=ON"
    grep -E 'error|Error' "$log" | head -n 30 | sed 's/^/    /'
    echo "0 passed, 1 failed"
    exit 1
fi
step "build with -DDELAYC_SANITIZE=ON ($bin)" 0
delayc=$bin/delayc
rtlib=$bin/libdelayc.a
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1:abort_on_error=0:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# ---- 1. runtime unit tests ----
ctest --test-dir "$bin" -R '^runtime\.' --output-on-failure > "$bin/runtime.log" 2>&1
rc=$?
step "runtime unit tests (ctest -R ^runtime.)" $rc
[ $rc -ne 0 ] && tail -n 30 "$bin/runtime.log" | sed 's/^/    /'

# ---- 2. lit ----
lit_py=""
for l in /usr/lib/llvm-14/build/utils/lit/lit.py "${DELAYC_LLVM_ROOT:-/nonexistent}/build/utils/lit/lit.py"; do
    [ -f "$l" ] && { lit_py=$l; break; }
done
if [ -z "$lit_py" ] || [ ! -f "$bin/tests/lit/lit.site.cfg.py" ]; then
    echo "FAIL  lit suite: lit.py or the lit configuration is missing (llvm-14-tools)"
    failed=$((failed + 1))
else
    # Known delayc bugs that only show under the sanitizers go here (a lit
    # --xfail list; remove an entry once fixed: lit then reports XPASS and this
    # step fails).  None now: emit/run-cutoff.test (-Wreturn-type on a trailing
    # wait after a final return) was fixed in the OpenMP lowering.
    lit_xfail=""
    python3 "$lit_py" -sv ${lit_xfail:+--xfail "$lit_xfail"} "$bin/tests/lit" > "$bin/lit.log" 2>&1
    rc=$?
    step "lit suite with the sanitized delayc ($(grep -E '^ *(Passed|Expectedly Failed|Unsupported) *:' "$bin/lit.log" | tr -s ' ' | tr '\n' ' '))" $rc
    if [ $rc -ne 0 ]; then
        grep -E '^(FAIL|XPASS|UNRESOLVED):|ERROR: AddressSanitizer|runtime error|SUMMARY' "$bin/lit.log" | head -n 30 | sed 's/^/    /'
    fi
fi

# ---- 3. a sample of the differential tests, programs sanitized too ----
every=${DIFF_EVERY:-10}
progs=()
i=0
for p in "$src"/tests/diff/progs/*.c "$src"/tests/diff/progs2/*.c; do
    [ $((i % every)) -eq 0 ] && progs+=("$p")
    i=$((i + 1))
done
gdir=$bin/gen
rm -rf "$gdir" && mkdir -p "$gdir"
python3 "$src/tests/gen/gen.py" "${GEN_SEED:-7000}" --count "${GEN_COUNT:-6}" --dir "$gdir" --size small
progs+=("$gdir"/*.c)
incs=$src/annotations:$src/runtime
dfail=0
: > "$bin/diff.log"
run_diff() {
    DELAYC=$delayc DELAYC_INCLUDES=$incs DELAYC_RT=$rtlib CC_LIST="$here/gcc-asan $here/clang-asan" \
        THREADS="1 4" bash "$src/tests/diff/run-diff.sh" "$1" > "$bin/diff.$(basename "$1" .c).log" 2>&1
}
export -f run_diff 2>/dev/null
pids=() names=()
for p in "${progs[@]}"; do
    run_diff "$p" &
    pids+=($!) names+=("$p")
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait "${pids[0]}" || { dfail=$((dfail + 1)); echo "    failed: ${names[0]}"; cat "$bin/diff.$(basename "${names[0]}" .c).log" | grep -v '^PASS' | head -n 30 | sed 's/^/      /'; }
        pids=("${pids[@]:1}") names=("${names[@]:1}")
    fi
done
for k in "${!pids[@]}"; do
    wait "${pids[$k]}" || { dfail=$((dfail + 1)); echo "    failed: ${names[$k]}"; cat "$bin/diff.$(basename "${names[$k]}" .c).log" | grep -v '^PASS' | head -n 30 | sed 's/^/      /'; }
done
step "differential sample: ${#progs[@]} programs, gcc and clang with ASan+UBSan, 1 and 4 threads ($dfail failed)" $dfail

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
