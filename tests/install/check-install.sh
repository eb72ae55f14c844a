#!/usr/bin/env bash
# check-install.sh BUILD_DIR SOURCE_DIR — installs the build into a fresh prefix
# and uses it the way a user does, from another directory and with no extra
# flags: the installed delayc must find its own delayed.h and clang's headers,
# and the program it emits, compiled against the installed header and library,
# must print what the serial build prints.
set -euo pipefail
build=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
for f in bin/delayc include/delayed.h include/delayc_rt.h lib/libdelayc.a share/delayc/runtime/task_regions.c; do
    [ -e "$work/prefix/$f" ] || { echo "not installed: $f" >&2; exit 1; }
done
cp "$src/examples/seed/inc_double_add.c" "$work/seed.c"
cd "$work"
env -u DELAYC_RESOURCE_DIR ./prefix/bin/delayc emit seed.c -o seed.par.c
cc -std=c11 -Wall -Wextra -Werror -I prefix/include seed.c -o serial
cc -std=c11 -Wall -Wextra -Werror -fopenmp -I prefix/include seed.par.c prefix/lib/libdelayc.a -o parallel
./serial 100 > want
for t in 1 2 4; do
    OMP_NUM_THREADS=$t ./parallel 100 > got
    cmp want got || { echo "threads=$t: output differs" >&2; diff want got >&2; exit 1; }
done
# the runtime's sources compile with the program (a race check builds them
# instrumented, docs/reliability.md), from the installed headers alone
cc -std=c11 -Wall -Wextra -Werror -fopenmp -I prefix/include seed.par.c prefix/share/delayc/runtime/*.c -lm -o from_sources
OMP_NUM_THREADS=2 ./from_sources 100 > got
cmp want got || { echo "runtime built from its installed sources: output differs" >&2; exit 1; }
echo "installed delayc: $(cat want)"
