#!/usr/bin/env bash
# build.sh — configures and builds delayc in build/ (Release), after making
# sure the dependencies are installed.  Used by run-seed.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j2
