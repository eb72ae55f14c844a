#!/usr/bin/env bash
# test.sh — installs what is missing, builds, and runs every test with ctest:
# runtime unit tests, the lit tests of the tool, differential tests and the
# examples.  The last line is ctest's summary; the exit code is ctest's.  The
# tests labelled "long" (fuzzing, valgrind's memcheck: minutes each) are
# scripts/test-long.sh's, to keep this command under 15 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/build.sh
exec ctest --test-dir build --output-on-failure -j2 -LE long
