#!/usr/bin/env bash
# run-example.sh NAME — differential test of one example (examples/NAME): builds
# the serial program and delayc's output with every compiler in CC_LIST and compares
# them under THREADS (1 2 4) with tests/diff/run-diff.sh.  Same environment as
# run-diff.sh: DELAYC, DELAYC_INCLUDES, DELAYC_RT, CC_LIST, THREADS, WORK.
set -u
here=$(cd "$(dirname "$0")" && pwd)
diff_sh=$here/../tests/diff/run-diff.sh
[ $# -eq 1 ] || { echo "usage: $0 seed|bind|batching|ingest" >&2; exit 2; }
status=0
run() { # run PROG.c [VAR=VALUE...]: one run-diff.sh pass
    local prog=$1; shift
    env "$@" bash "$diff_sh" "$here/$prog" || status=1
}
case "$1" in
    seed)
        run seed/inc_double_add.c PROG_ARGS=
        run seed/inc_double_add.c PROG_ARGS=1000
        ;;
    bind)
        run bind/bind.c
        ;;
    batching)
        run batching/batching.c
        ;;
    ingest)
        # the runner makes the input files and prints the program's stdout followed
        # by every file it saved, so the saved files are compared too
        run ingest/ingest.c RUNNER="$here/ingest/run-ingest.sh"
        ;;
    *)
        echo "run-example.sh: unknown example '$1'" >&2
        exit 2
        ;;
esac
exit $status
