#!/usr/bin/env bash
# fake-delayc.sh — a stand-in for `delayc emit IN -o OUT -- FLAGS...` that copies
# IN to OUT unchanged (the annotated program is valid serial C, so this "output"
# must match the serial run).  It is the harness's own self test (selftest.sh).
#   FAKE_DELAYC_FAIL=1   exit 1 without writing OUT (an emit error)
#   FAKE_DELAYC_BREAK=1  append code that prints an extra line unless
#                        OMP_NUM_THREADS=1 (a wrong result for some thread counts)
set -eu
[ "${1:-}" = emit ] || { echo "fake-delayc: only 'emit' is supported" >&2; exit 2; }
shift
in="" out=""
while [ $# -gt 0 ]; do
    case "$1" in
        -o) out=$2; shift 2 ;;
        --) break ;;
        -*) shift ;;
        *) in=$1; shift ;;
    esac
done
[ -n "$in" ] && [ -n "$out" ] || { echo "fake-delayc: usage: emit IN -o OUT [-- FLAGS]" >&2; exit 2; }
if [ "${FAKE_DELAYC_FAIL:-0}" = 1 ]; then
    echo "$in:1:1: error: fake-delayc was asked to fail" >&2
    exit 1
fi
cp "$in" "$out"
if [ "${FAKE_DELAYC_BREAK:-0}" = 1 ]; then
    cat >> "$out" <<'EOF'

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static void fake_delayc_extra(void) __attribute__((destructor));
static void fake_delayc_extra(void)
{
    const char *t = getenv("OMP_NUM_THREADS");
    if (t && strcmp(t, "1") != 0)
        printf("an extra line from a broken delayc\n");
}
EOF
fi
