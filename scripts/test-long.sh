#!/usr/bin/env bash
# test-long.sh — the long tests the test command leaves out (ctest label
# "long": fuzz.frontend, sanitize.valgrind; docs/reliability.md), after the
# same build.  The last line is ctest's summary; the exit code is ctest's.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/build.sh
exec ctest --test-dir build --output-on-failure -j2 -L long
