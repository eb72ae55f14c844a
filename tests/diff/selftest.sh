#!/usr/bin/env bash
# selftest.sh — tests the differential harness itself with fake-delayc.sh (no real
# delayc needed): a faithful "emit" must pass, a wrong one must be reported with a
# diff, a failing emit must fail, a differing exit status must fail, and run-all.sh
# must end with the "N passed, N failed" line.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export DELAYC="$here/fake-delayc.sh"
export DELAYC_INCLUDES="$root/annotations"
export DELAYC_RT=""
export CC_LIST=${CC_LIST:-gcc}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/diff-selftest.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export WORK=$tmp/work
status=0
check() { # check DESCRIPTION COMMAND...: the command must succeed
    local what=$1; shift
    if "$@"; then echo "ok: $what"; else echo "NOT OK: $what"; status=1; fi
}
out=$tmp/out.txt

bash "$here/run-diff.sh" "$here/progs/seed_loop.c" > "$out" 2>&1
check "faithful emit passes" test $? -eq 0
check "one line per (compiler, threads)" test "$(grep -c '^PASS' "$out")" -eq $(( $(wc -w <<< "$CC_LIST") * 3 ))

FAKE_DELAYC_BREAK=1 bash "$here/run-diff.sh" "$here/progs/seed_loop.c" > "$out" 2>&1
check "wrong output fails" test $? -ne 0
check "wrong output: threads=1 still passes" grep -q '^PASS .* threads=1' "$out"
check "wrong output: reported with a diff" grep -q '^    +an extra line' "$out"
check "wrong output: generated file named" grep -q 'generated: .*out.c' "$out"

FAKE_DELAYC_FAIL=1 bash "$here/run-diff.sh" "$here/progs/seed_loop.c" > "$out" 2>&1
check "failing emit fails" test $? -ne 0
check "failing emit: reported" grep -q 'delayc emit failed' "$out"

# a program whose exit status depends on the thread count, not its stdout
cat > "$tmp/status.c" <<'C'
/* exits 1 when OMP_NUM_THREADS is 4 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"
int main(void)
{
    const char *t = getenv("OMP_NUM_THREADS");
    printf("hello\n");
    return t && strcmp(t, "4") == 0;
}
C
bash "$here/run-diff.sh" "$tmp/status.c" > "$out" 2>&1
check "exit status difference fails" test $? -ne 0
check "exit status difference: reported" grep -q 'threads=4  (exit status 1, serial 0)' "$out"

mkdir -p "$tmp/dir"
cp "$here/progs/scalars.c" "$here/progs/exit_status.c" "$tmp/dir/"
bash "$here/run-all.sh" "$tmp/dir" > "$out" 2>&1
check "run-all passes" test $? -eq 0
check "run-all summary line" test "$(tail -n 1 "$out")" = "2 passed, 0 failed"
cp "$tmp/status.c" "$tmp/dir/"
bash "$here/run-all.sh" "$tmp/dir" > "$out" 2>&1
check "run-all fails on a failure" test $? -ne 0
check "run-all summary line with a failure" test "$(tail -n 1 "$out")" = "2 passed, 1 failed"

exit $status
