#!/usr/bin/env bash
# run-fuzz.sh [SECONDS] — builds the libFuzzer harness (fuzz_frontend.c) and
# fuzzes delayc's in-memory pipeline for SECONDS (default 60), after replaying
# every input in tests/fuzz/regressions/.  Fails on any crash, sanitizer report,
# leak-free timeout (-timeout) or out-of-memory; the input that caused it is
# saved in the work directory (printed) and should be copied to
# tests/fuzz/regressions/ once it is understood.
#
# The corpus starts from tests/diff/progs*/*.c, tests/gen/regressions/*.c and
# the examples; new interesting inputs go to $FUZZ_CORPUS (default: a scratch
# directory, dropped at the end; set it to keep a corpus between runs).
#
# Environment: CLANG (default clang-14 / clang: the LLVM of the libclang the tool
# uses, whose libFuzzer runtime is libclang-rt-14-dev), LLVM_ROOT (default
# /usr/lib/llvm-14), WORK, FUZZ_CORPUS, FUZZ_JOBS.
#
# Leak detection is off: the pipeline's data structures are freed by process
# exit (the command is one-shot), so every input "leaks" by design.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
secs=${1:-60}
llvm=${LLVM_ROOT:-/usr/lib/llvm-14}
cc=${CLANG:-}
if [ -z "$cc" ]; then
    for c in "$llvm/bin/clang" clang-14 clang; do
        command -v "$c" > /dev/null 2>&1 && { cc=$c; break; }
    done
fi
work=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/run-fuzz.XXXXXX")}
mkdir -p "$work"
resdir=$("$cc" -print-resource-dir 2>/dev/null)
case "$resdir" in "") resdir=$(ls -d "$llvm"/lib/clang/* 2>/dev/null | head -n 1) ;; esac

# ---- build: tool/**/*.c but the files that define main (delayc's, delayc-cc's) ----
srcs=()
while IFS= read -r c; do
    grep -q '^int main *(' "$c" && continue
    srcs+=("$c")
done < <(find "$root/tool" -name '*.c' | sort)
exe=$work/fuzz_frontend
flags=(-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
       -fno-omit-frame-pointer -I"$root/tool" -I"$llvm/include"
       -DDELAYC_CLANG_RESOURCE_DIR="\"$resdir\""
       -DFUZZ_INCLUDES="\"$root/annotations:$root/runtime\"")
if ! "$cc" "${flags[@]}" "$here/fuzz_frontend.c" "${srcs[@]}" -L"$llvm/lib" -lclang -lyaml -lm \
        -Wl,-rpath,"$llvm/lib" -o "$exe" > "$work/build.log" 2>&1; then
    echo "run-fuzz.sh: building the harness failed:"
    sed 's/^/    /' "$work/build.log" | head -n 40
    exit 1
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:quarantine_size_mb=1024:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# ---- replay the regressions ----
status=0
shopt -s nullglob
regs=()
for r in "$here"/regressions/*; do
    case "$(basename "$r")" in README*) continue ;; esac
    regs+=("$r")
done
if [ "${#regs[@]}" -gt 0 ]; then
    if "$exe" -runs=0 "${regs[@]}" > "$work/replay.log" 2>&1; then
        echo "replayed ${#regs[@]} regression inputs: no crash"
    else
        echo "FAIL: a regression input crashes again:"
        grep -E 'ERROR|SUMMARY|Running|runtime error' "$work/replay.log" | head -n 20 | sed 's/^/    /'
        status=1
    fi
fi

# ---- fuzz ----
seeds=$work/seeds
mkdir -p "$seeds"
for f in "$root"/tests/diff/progs*/*.c "$root"/tests/gen/regressions/*.c "$root"/examples/*/*.c \
         "$root"/tests/hard/*.c; do
    cp "$f" "$seeds/$(basename "$(dirname "$f")")_$(basename "$f")"
done
corpus=${FUZZ_CORPUS:-$work/corpus}
mkdir -p "$corpus" "$work/artifacts"
echo "fuzzing for ${secs}s: $(ls "$seeds" | wc -l) seed inputs, corpus $corpus"
"$exe" -max_total_time="$secs" -timeout=25 -rss_limit_mb=4096 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
    "$corpus" "$seeds" > "$work/fuzz.log" 2>&1
rc=$?
grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::new_units_added|stat::peak_rss_mb)' "$work/fuzz.log" \
    | sed 's/^/    /'
crashes=("$work"/artifacts/*)
if [ $rc -ne 0 ] || [ "${#crashes[@]}" -gt 0 ]; then
    echo "FAIL: the fuzzer found a problem (exit $rc):"
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written|ALARM|out-of-memory' "$work/fuzz.log" | head -n 20 \
        | sed 's/^/    /'
    for c in "${crashes[@]}"; do echo "    input: $c"; done
    status=1
fi
if [ $status -eq 0 ] && [ -z "${WORK:-}" ]; then rm -rf "$work"; else echo "kept: $work"; fi
[ $status -eq 0 ] && echo "fuzz: no crash" || echo "fuzz: FAILED"
exit $status
