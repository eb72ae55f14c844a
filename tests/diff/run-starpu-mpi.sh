#!/usr/bin/env bash
# run-starpu-mpi.sh [--part K/N] DIR... — the differential test of
# --target=starpu-mpi: every DIR/*.c (or the K-th of N slices of them) built
# serially and through delayc with mpicc, run under `mpirun -np 1, 2, 3`, output
# and exit status compared (run-diff.sh with MPI_RANKS).  Last line: "N passed,
# N failed".
#
# Environment: DELAYC, DELAYC_INCLUDES (annotations, runtime, runtime/starpu),
# DELAYC_RT (libdelayc-starpu-mpi.a), CC_LIST (default gcc), RANKS (default
# "1 2 3"), RUN_TIMEOUT (default 120: three ranks on two cores, each with a
# StarPU worker that polls, are slow), DELAYC_NUM_THREADS (default 1 worker
# per rank, for the same reason).
# Programs of nanosecond tasks (many_tiny*: thousands of cross-rank messages,
# a minute on 3 ranks here; docs/starpu.md) are left out, and so are those
# whose emit warns that ordinary code writes files or reads standard input
# (every rank runs it: they are listed as warned, and the warning is checked
# by tests/lit/runtime/target-starpu-mpi-ranks.test).
set -u
here=$(cd "$(dirname "$0")" && pwd)
part=1 nparts=1
if [ "${1:-}" = "--part" ]; then
    part=${2%/*} nparts=${2#*/}
    shift 2
fi
[ $# -ge 1 ] || { echo "usage: $0 [--part K/N] DIR..." >&2; exit 2; }

export MPI_RANKS=${RANKS:-1 2 3}
export CC_LIST=${CC_LIST:-gcc}
export RUN_TIMEOUT=${RUN_TIMEOUT:-120}
export DELAYC_NUM_THREADS=${DELAYC_NUM_THREADS:-1}
export DELAYC_ARGS="--target=starpu-mpi ${DELAYC_ARGS:-}"
export PAR_CFLAGS=""
export PAR_LIBS="${PAR_LIBS:-$(pkg-config --libs starpumpi-1.3)}"
export OMPI_MCA_btl=${OMPI_MCA_btl:-self,vader}
export STARPU_SILENT=1 STARPU_WORKERS_NOBIND=1
export STARPU_HOME=${STARPU_HOME:-$(mktemp -d "${TMPDIR:-/tmp}/starpu-home.XXXXXX")}
# each invocation its own Open MPI session directory: two parts running at
# once both creating /tmp/ompi.HOST.UID can race ("mkdir: File exists")
ompi_tmp=$(mktemp -d "${TMPDIR:-/tmp}/ompi-session.XXXXXX")
trap 'rm -rf "$ompi_tmp"' EXIT
export OMPI_MCA_orte_tmpdir_base=$ompi_tmp

IFS=: read -r -a inc_dirs <<< "${DELAYC_INCLUDES:-}"
incs=()
for d in "${inc_dirs[@]}"; do [ -n "$d" ] && incs+=("-I$d"); done
passed=0 nfailed=0 failed_names=() warned_names=() i=0
for dir in "$@"; do
    for prog in "$dir"/*.c; do
        case "$(basename "$prog")" in many_tiny*) continue ;; esac
        i=$((i + 1))
        [ $(( (i - 1) % nparts + 1 )) -eq "$part" ] || continue
        if "$DELAYC" emit --target=starpu-mpi "$prog" -o /dev/null -- -std=c11 "${incs[@]}" 2>&1 |
                grep -q "warning: --target=starpu-mpi"; then
            warned_names+=("$(basename "$prog" .c)")
            continue
        fi
        if bash "$here/run-diff.sh" "$prog"; then
            passed=$((passed + 1))
        else
            nfailed=$((nfailed + 1))
            failed_names+=("$(basename "$prog" .c)")
        fi
    done
done
[ "${#warned_names[@]}" -gt 0 ] && echo "warned, not run (ordinary code writes files or reads stdin): ${warned_names[*]}"
[ "$nfailed" -gt 0 ] && echo "failed: ${failed_names[*]}"
echo "$passed passed, $nfailed failed"
[ "$nfailed" -eq 0 ]
