#!/usr/bin/env bash
# run-ingest.sh BINARY [N] — runs an ingest build on freshly made input files and
# prints, on stdout, the program's own stdout followed by every file it saved, so
# that a serial and a parallel build can be compared with one byte-for-byte diff.
# Exits with the program's exit status.  Used as RUNNER by examples/run-example.sh.
set -u
bin=$1
n=${2:-12}
dir=$(mktemp -d "${TMPDIR:-/tmp}/ingest.XXXXXX") || exit 99
trap 'rm -rf "$dir"' EXIT

# N deterministic input files of 50..899 rows; part-05 also has two bad lines
awk -v n="$n" -v dir="$dir" 'BEGIN {
    for (k = 0; k < n; k++) {
        f = sprintf("%s/part-%02d.csv", dir, k)
        printf "# part %d: sensor,reading\n", k > f
        rows = 50 + (k * 137) % 850
        for (r = 0; r < rows; r++) {
            sensor = (k * 31 + r * 17) % 200
            reading = (k * 7919 + r * 104729) % 20001 - 10000
            printf "%d,%d\n", sensor, reading > f
            if (k == 5 && r == 10) printf "oops\n3,4,5\n" > f
        }
        close(f)
    }
}'

"$bin" "$dir" "$n"
rc=$?
for f in "$dir"/*.summary; do
    [ -e "$f" ] || continue
    echo "== $(basename "$f") =="
    cat "$f"
done
exit $rc
