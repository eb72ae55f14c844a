#!/usr/bin/env bash
# check-gen.sh [N] — the generator's own promises, on N seeds of each size, as
# single-file and as two-file programs (gen.py --files 2): the same seed gives
# the same bytes; every program builds with gcc and clang at -std=c11 -Wall
# -Wextra -Werror, runs in under 0.2 s, exits normally, leaves no file behind in
# its working directory (an empty directory of its own), and both compilers'
# builds print the same thing.  Needs DELAYC_INCLUDES (delayed.h).
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
for files in 1 2; do
for size in small normal large; do
    for s in $(seq 900001 $((900000 + n))); do
        total=$((total + 1))
        what="seed $s ($size, --files $files)"
        rm -rf "$work/p" "$work/again"
        python3 "$here/gen.py" "$s" --size "$size" --files "$files" -o "$work/p"
        python3 "$here/gen.py" "$s" --size "$size" --files "$files" -o "$work/again"
        if ! diff -r "$work/p" "$work/again" > /dev/null; then
            echo "FAIL $what: not deterministic"; bad=$((bad + 1)); continue
        fi
        if [ -d "$work/p" ]; then
            srcs=(); while IFS= read -r u; do [ -n "$u" ] && srcs+=("$work/p/$u"); done < "$work/p/SOURCES"
            extra=("-I$work/p")
        else
            mv "$work/p" "$work/p.c"; mkdir "$work/p"; mv "$work/p.c" "$work/p/main.c"
            srcs=("$work/p/main.c") extra=()
        fi
        for cc in gcc clang; do
            if ! $cc -std=c11 -O1 -Wall -Wextra -Werror "${incs[@]}" "${extra[@]}" "${srcs[@]}" \
                    -o "$work/$cc" > "$work/log" 2>&1; then
                echo "FAIL $what: $cc build"; sed 's/^/    /' "$work/log" | head -n 10
                bad=$((bad + 1)); continue 2
            fi
            rm -rf "$work/run" && mkdir "$work/run"
            t0=$(date +%s%N)
            (cd "$work/run" && timeout 10 "$work/$cc" > "$work/$cc.out")
            rc=$?
            ms=$(( ($(date +%s%N) - t0) / 1000000 ))
            if [ $rc -gt 3 ]; then echo "FAIL $what: $cc build exits $rc"; bad=$((bad + 1)); continue 2; fi
            if [ $ms -gt 200 ]; then echo "FAIL $what: runs ${ms} ms (limit 200)"; bad=$((bad + 1)); continue 2; fi
            left=$(ls -A "$work/run")
            if [ -n "$left" ]; then
                echo "FAIL $what: $cc build leaves files behind: $left"; bad=$((bad + 1)); continue 2
            fi
        done
        cmp -s "$work/gcc.out" "$work/clang.out" || { echo "FAIL $what: gcc and clang builds differ"; bad=$((bad + 1)); }
    done
done
done
echo "$((total - bad)) passed, $bad failed"
[ $bad -eq 0 ]
