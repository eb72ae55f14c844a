#!/usr/bin/env bash
# run-gen.sh N SEED [run_gen.py options] — differential test of delayc on the N
# generated programs gen.py SEED .. SEED+N-1 (gcc and clang, 1/2/4 threads, through
# tests/diff/run-diff.sh).  Ends with "N passed, N failed".  Same environment as
# run-diff.sh: DELAYC (required), DELAYC_INCLUDES, DELAYC_RT, CC_LIST, THREADS.
#   tests/gen/run-gen.sh 200 1 --jobs 2 --size small --xfail tests/gen/xfail.txt
set -u
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 2 ] || { echo "usage: DELAYC=path/to/delayc $0 N SEED [options]" >&2; exit 2; }
n=$1 seed=$2
shift 2
exec python3 "$here/run_gen.py" --count "$n" --seed "$seed" "$@"
