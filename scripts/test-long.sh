#!/usr/bin/env bash
# test-long.sh — the long tests the test command leaves out (ctest label
# "long": fuzz.frontend, sanitize.valgrind, sanitize.asan-ubsan, every
# program again with all its functions delayed (diff.all-delayed.*), three of
# the four parts of the pthreads target's sweep, the second half of the
# StarPU-MPI sweep, the rest of the generated
# programs; docs/reliability.md), after the same build.  The last line is ctest's summary; the exit code is ctest's.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/build.sh
exec ctest --test-dir build --output-on-failure -j2 -L long
