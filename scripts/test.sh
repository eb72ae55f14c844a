#!/usr/bin/env bash
# test.sh — installs what is missing, builds, and runs every test with ctest:
# runtime unit tests, the lit tests of the tool, differential tests and the
# examples.  The last line is ctest's summary; the exit code is ctest's.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/build.sh
exec ctest --test-dir build --output-on-failure -j2
