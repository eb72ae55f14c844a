#!/usr/bin/env bash
# soak.sh [COUNT] [JOBS] — long random testing of delayc with fresh seeds.
#
# Runs COUNT (default 2000) programs from gen.py with seeds drawn from
# /dev/urandom, in batches of BATCH (default 50), cycling the sizes normal, large
# and small, each through tests/diff/run-diff.sh (gcc and clang, 1/2/4 threads);
# the seeds divisible by 5 are two-file programs (FILES=auto, the default; FILES=1
# or 2 for only one kind), checked through tests/diff/run-multi.sh.
# Every failing program is saved to $SOAK_DIR/failures/; for each new kind of
# failure it is then reduced (reduce.py: deletes blocks and lines while the same
# failure remains) and stored as tests/gen/regressions/soak_<seed>.c (a two-file
# program: the directory soak_<seed>/), marked XFAIL with the failure, so that
# ctest's gen.regressions replays it from now on.
# A log of everything is $SOAK_DIR/soak.log; the last line is the summary.
#
# Environment: DELAYC, DELAYC_INCLUDES, DELAYC_RT (default: this checkout's build/),
# CC_LIST, THREADS as for run-diff.sh; SOAK_DIR (default: a new /tmp/soak.XXXX);
# BATCH; FILES; REDUCE=0 to save failures without reducing them; MAX_REDUCE (default 10)
# reductions per soak at most (each takes minutes).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
count=${1:-2000}
jobs=${2:-2}
export DELAYC=${DELAYC:-$root/build/delayc}
export DELAYC_INCLUDES=${DELAYC_INCLUDES:-$root/annotations:$root/runtime}
export DELAYC_RT=${DELAYC_RT:-$root/build/libdelayc.a}
batch=${BATCH:-50}
soak=${SOAK_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/soak.XXXXXX")}
mkdir -p "$soak/failures" "$here/regressions"
log=$soak/soak.log
[ -x "$DELAYC" ] || { echo "soak.sh: no delayc at $DELAYC (build first)" >&2; exit 2; }

sizes=(normal large small)
done_n=0 pass_n=0 fail_n=0 reduced=0 round=0
declare -A seen_kind
echo "soak: $count programs, $jobs jobs, batches of $batch, dir $soak" | tee -a "$log"
while [ "$done_n" -lt "$count" ]; do
    n=$(( count - done_n < batch ? count - done_n : batch ))
    size=${sizes[$(( round % 3 ))]}
    base=$(( $(od -An -N4 -tu4 /dev/urandom) % 2000000000 + 1000000 ))
    out=$(python3 "$here/run_gen.py" --count "$n" --seed "$base" --jobs "$jobs" --size "$size" \
          --files "${FILES:-auto}" --quiet --keep "$soak/failures/$size" 2>&1)
    printf '%s\n' "$out" >> "$log"
    summary=$(printf '%s\n' "$out" | tail -n 1)
    p=$(printf '%s\n' "$summary" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
    f=$(printf '%s\n' "$summary" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
    pass_n=$(( pass_n + ${p:-0} )) fail_n=$(( fail_n + ${f:-0} ))
    done_n=$(( done_n + n )) round=$(( round + 1 ))
    echo "soak: $done_n/$count run ($size seeds $base..$(( base + n - 1 ))): $pass_n passed, $fail_n failed" | tee -a "$log"
    seeds=$(printf '%s\n' "$out" | sed -n 's/^failed seeds: //p')
    for s in $seeds; do
        prog=$soak/failures/$size/gen_$s.c two=
        [ -d "$soak/failures/$size/gen_$s" ] && prog=$soak/failures/$size/gen_$s two=" --files 2"
        [ -e "$prog" ] || continue
        # the kind of failure: the reason of the first FAIL line and the first error message
        why=$(printf '%s\n' "$out" | awk -v s="gen_$s" '$1=="FAIL" && $2==s && $3=="(python3" {f=1; next} f && $1=="FAIL" {print; exit}' \
              | sed 's/.*(\(.*\))[[:space:]]*$/\1/')
        err=$(printf '%s\n' "$out" | awk -v s="gen_$s" '$1=="FAIL" && $2==s && $3=="(python3" {f=1; next} f && $3=="(python3" {exit} f && /error:/ {print; exit}' \
              | sed 's/.*error: //; s/[0-9]\+//g; s/__dc[A-Za-z_]*/__dc/g; s/[‘’'"'"'][^‘’'"'"']*[‘’'"'"']/X/g')
        kind="$why|$err"
        if [ -n "${seen_kind[$kind]:-}" ]; then
            echo "soak: gen_$s: same kind as gen_${seen_kind[$kind]} ($why); kept in $prog" | tee -a "$log"
            continue
        fi
        seen_kind[$kind]=$s
        case "$why" in
            *"serial build failed"*)
                # the generated program itself is not valid C: a bug of gen.py, not of delayc
                echo "soak: gen_$s: serial build failed: a gen.py bug (not reduced); kept in $prog" | tee -a "$log"
                continue ;;
        esac
        if [ "${REDUCE:-1}" = 0 ] || [ "$reduced" -ge "${MAX_REDUCE:-10}" ]; then
            echo "soak: gen_$s failed ($why); not reduced, kept in $prog" | tee -a "$log"
            continue
        fi
        reduced=$(( reduced + 1 ))
        red=$soak/failures/reduced_$s.c
        [ -n "$two" ] && red=$soak/failures/reduced_$s
        echo "soak: reducing gen_$s ($why)" | tee -a "$log"
        tries=1
        case "$why" in *stdout*|*exit*|*timed*) tries=3 ;; esac
        if python3 "$here/reduce.py" "$prog" -o "$red" --tries "$tries" >> "$log" 2>&1; then
            harness=run-diff.sh
            [ -n "$two" ] && harness=run-multi.sh
            header() {
                echo "/* soak regression: python3 tests/gen/gen.py $s --size $size$two, found $(date -u +%Y-%m-%d),"
                echo " * reduced by tests/gen/reduce.py; $harness said: $why ${err:+-- $err}"
                echo " * XFAIL: $why (a delayc bug: remove this line once it is fixed) */"
            }
            if [ -n "$two" ]; then
                dst=$here/regressions/soak_$s
                rm -rf "$dst" && cp -r "$red" "$dst"
                { header; cat "$red/main.c"; } > "$dst/main.c"
                echo "soak: saved $dst/ ($(cat "$red"/*.c | wc -l) lines)" | tee -a "$log"
            else
                dst=$here/regressions/soak_$s.c
                { header; cat "$red"; } > "$dst"
                echo "soak: saved $dst ($(wc -l < "$red") lines)" | tee -a "$log"
            fi
        else
            echo "soak: reduction of gen_$s failed; kept in $prog" | tee -a "$log"
        fi
    done
done
echo "soak: $pass_n passed, $fail_n failed; failing programs in $soak/failures" | tee -a "$log"
[ "$fail_n" -eq 0 ]
