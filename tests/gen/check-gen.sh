#!/usr/bin/env bash
# check-gen.sh [N] — the generator's own promises, on N seeds of each size:
# the same seed gives the same bytes; every program builds with gcc and clang at
# -std=c11 -Wall -Wextra -Werror, runs in under 0.2 s, exits normally, and both
# compilers' builds print the same thing.  Needs DELAYC_INCLUDES (delayed.h).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-30}
work=$(mktemp -d "${TMPDIR:-/tmp}/check-gen.XXXXXX")
trap 'rm -rf "$work"' EXIT
incs=()
IFS=: read -r -a dirs <<< "${DELAYC_INCLUDES:-$root/annotations}"
for d in "${dirs[@]}"; do [ -n "$d" ] && incs+=("-I$d"); done
bad=0 total=0
for size in small normal large; do
    for s in $(seq 900001 $((900000 + n))); do
        total=$((total + 1))
        p=$work/g.c
        python3 "$here/gen.py" "$s" --size "$size" -o "$p"
        python3 "$here/gen.py" "$s" --size "$size" -o "$work/again.c"
        cmp -s "$p" "$work/again.c" || { echo "FAIL seed $s ($size): not deterministic"; bad=$((bad + 1)); continue; }
        outs=()
        for cc in gcc clang; do
            if ! $cc -std=c11 -O1 -Wall -Wextra -Werror "${incs[@]}" "$p" -o "$work/$cc" > "$work/log" 2>&1; then
                echo "FAIL seed $s ($size): $cc build"; sed 's/^/    /' "$work/log" | head -n 10
                bad=$((bad + 1)); continue 2
            fi
            t0=$(date +%s%N)
            timeout 10 "$work/$cc" > "$work/$cc.out"
            rc=$?
            ms=$(( ($(date +%s%N) - t0) / 1000000 ))
            if [ $rc -gt 3 ]; then echo "FAIL seed $s ($size): $cc build exits $rc"; bad=$((bad + 1)); continue 2; fi
            if [ $ms -gt 200 ]; then echo "FAIL seed $s ($size): runs ${ms} ms (limit 200)"; bad=$((bad + 1)); continue 2; fi
        done
        cmp -s "$work/gcc.out" "$work/clang.out" || { echo "FAIL seed $s ($size): gcc and clang builds differ"; bad=$((bad + 1)); }
    done
done
echo "$((total - bad)) passed, $bad failed"
[ $bad -eq 0 ]
