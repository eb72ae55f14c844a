#!/usr/bin/env bash
# compare-emit.sh OLD_DELAYC NEW_DELAYC [TARGET] — the output of `delayc emit`
# of two builds of delayc, byte for byte, on every C input the project has:
# the lit tests and their inputs, the differential programs (one file and
# several), the examples, the benchmark kernels, the hard inputs, the
# generator's regressions and a batch of freshly generated programs.
#
# A refactoring of the tool must not change what it writes: run this with the
# delayc of the commit before and of the commit after.  TARGET is an emit
# --target (default openmp).  Prints one line per difference and, last,
# "N inputs compared, N differ"; exit status 1 when any differs (or either
# delayc fails on an input where the other does not).
#
#   git worktree add /tmp/before HEAD~1 && cmake -S /tmp/before -B /tmp/before/b && cmake --build /tmp/before/b
#   scripts/compare-emit.sh /tmp/before/b/delayc build/delayc
set -u
[ $# -ge 2 ] || { echo "usage: $0 OLD_DELAYC NEW_DELAYC [TARGET]" >&2; exit 2; }
old=$(realpath "$1") new=$(realpath "$2") target=${3:-openmp}
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/compare-emit.XXXXXX")
trap 'rm -rf "$work"' EXIT

inputs=$(
    find tests/lit tests/diff tests/hard tests/gen/regressions examples bench/kernels tests/lint/corpus \
         -name '*.c' -not -path '*/Output/*' | sort)
python3 tests/gen/gen.py 1 --count 60 --dir "$work/gen" > /dev/null 2>&1 &&
    inputs="$inputs $(ls "$work"/gen/*.c)"

n=0 differ=0
for f in $inputs; do
    d=$(dirname "$f")
    flags=(-I"$root/annotations" -I"$root/runtime" -I"$d" -I"$root/bench")
    [ -d "$d/include" ] && flags+=(-I"$d/include")
    (cd "$d" && "$old" emit "$(basename "$f")" --target="$target" -o "$work/old.c" -- "${flags[@]}" > "$work/old.log" 2>&1)
    rc_old=$?
    (cd "$d" && "$new" emit "$(basename "$f")" --target="$target" -o "$work/new.c" -- "${flags[@]}" > "$work/new.log" 2>&1)
    rc_new=$?
    n=$((n + 1))
    if [ "$rc_old" != "$rc_new" ]; then
        echo "DIFF  $f: exit status $rc_old before, $rc_new after"
        differ=$((differ + 1))
    elif [ "$rc_old" = 0 ] && ! cmp -s "$work/old.c" "$work/new.c"; then
        echo "DIFF  $f"
        diff "$work/old.c" "$work/new.c" | head -n 6 | cut -c1-200 | sed 's/^/    /'
        differ=$((differ + 1))
    fi
    rm -f "$work/old.c" "$work/new.c"
done
echo "$n inputs compared, $differ differ"
[ "$differ" = 0 ]
