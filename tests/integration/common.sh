# common.sh — shared by the integration tests (sourced): a scratch directory
# removed at exit unless a check failed, an installed copy of the build, and
# small assertions.  Each test script sets `name` before sourcing it.
set -euo pipefail
work=$(mktemp -d "${TMPDIR:-/tmp}/delayc-${name:-it}.XXXXXX")
keep=0
cleanup() { if [ "$keep" = 0 ]; then rm -rf "$work"; else echo "kept: $work" >&2; fi; }
trap cleanup EXIT

fail() { keep=1; echo "FAIL: $*" >&2; exit 1; }
say() { echo "== $*"; }

# install BUILD_DIR: installs the build into $work/prefix (once)
install_build() {
    [ -d "$work/prefix" ] && return 0
    cmake --install "$1" --prefix "$work/prefix" >/dev/null || fail "cmake --install failed"
}

# same_output WANT GOT WHAT: compares two output files
same_output() {
    cmp -s "$1" "$2" || { diff "$1" "$2" >&2 || true; fail "$3: output differs from the serial build"; }
}

# a generator: Ninja when present (it reads depfiles its own way), else make
generator() {
    if command -v ninja >/dev/null 2>&1; then echo Ninja; else echo "Unix Makefiles"; fi
}
