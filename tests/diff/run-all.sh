#!/usr/bin/env bash
# run-all.sh DIR — run run-diff.sh on every DIR/*.c (same environment variables),
# print each result, the names of the failing programs, and finally the line
# "N passed, N failed".  Exit status 0 only if every program passed.
set -u
[ $# -eq 1 ] && [ -d "$1" ] || { echo "usage: $0 DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)

passed=0 nfailed=0 failed_names=()
shopt -s nullglob
for prog in "$1"/*.c; do
    if bash "$here/run-diff.sh" "$prog"; then
        passed=$((passed + 1))
    else
        nfailed=$((nfailed + 1))
        failed_names+=("$(basename "$prog" .c)")
    fi
done
if [ "$nfailed" -gt 0 ]; then
    echo "failed: ${failed_names[*]}"
fi
echo "$passed passed, $nfailed failed"
[ "$nfailed" -eq 0 ]
