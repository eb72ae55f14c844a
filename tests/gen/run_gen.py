#!/usr/bin/env python3
"""run_gen.py — differential test of delayc on a batch of generated programs.

    DELAYC=build/delayc DELAYC_INCLUDES=annotations:runtime DELAYC_RT=build/libdelayc.a \\
        python3 tests/gen/run_gen.py --count 200 --seed 1 [--jobs 2] [--size S]

Programs gen.py SEED .. SEED+COUNT-1 are written to a scratch directory and each is
checked with tests/diff/run-diff.sh (serial build vs delayc output, every compiler
in CC_LIST, every OMP_NUM_THREADS in THREADS; the same environment variables); a
two-file program (--files 2, or auto: the seeds divisible by 5) is a directory
checked with tests/diff/run-multi.sh (each file emitted alone, and with --with
the other).  Each program runs in its own scratch directory (run-diff.sh and
run-multi.sh make one per program, compiler and mode), so the files a program
writes in its working directory never meet another program's.
Prints one line per program, the run-diff.sh report of each failure, and finally
`N passed, N failed` (plus `N xfail` when some failures are expected).  Exit 0
only if nothing failed unexpectedly.

  --xfail FILE   seeds expected to fail (one per line, `SEED  # why`); such a seed
                 that passes is reported as XPASS and counts as a failure
  --keep DIR     copy every failing program to DIR/gen_<seed>.c (DIR/gen_<seed>/)
  --files 1|2|auto  single-file programs (default), two-file programs, or both
  --quiet        no line for passing programs
"""
import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

RUN_DIFF = os.path.join(HERE, '..', 'diff', 'run-diff.sh')
RUN_MULTI = os.path.join(HERE, '..', 'diff', 'run-multi.sh')


def read_xfail(path):
    seeds = {}
    if not path:
        return seeds
    with open(path) as f:
        for line in f:
            body = line.split('#', 1)
            word = body[0].strip()
            if word:
                seeds[int(word)] = body[1].strip() if len(body) > 1 else ''
    return seeds


def check(prog, timeout):
    """Run run-diff.sh on one program; (ok, output, seconds)."""
    t0 = time.time()
    try:
        p = subprocess.run(['bash', RUN_MULTI if os.path.isdir(prog) else RUN_DIFF, prog],
                           stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=timeout)
        out, ok = p.stdout.decode('utf-8', 'replace'), p.returncode == 0
    except subprocess.TimeoutExpired:
        out, ok = 'run-diff.sh timed out after %ds\n' % timeout, False
    return ok, out, time.time() - t0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--count', type=int, default=200)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--size', default='normal', choices=sorted(gen.SIZES))
    ap.add_argument('--files', default='1', choices=['1', '2', 'auto'])
    ap.add_argument('--xfail')
    ap.add_argument('--keep')
    ap.add_argument('--quiet', action='store_true')
    ap.add_argument('--timeout', type=int, default=300, help='seconds per program')
    a = ap.parse_args()
    if not os.environ.get('DELAYC'):
        print('run_gen.py: DELAYC is not set', file=sys.stderr)
        return 2
    xfail = read_xfail(a.xfail)
    work = tempfile.mkdtemp(prefix='run-gen.')
    seeds = list(range(a.seed, a.seed + a.count))
    progs = {}
    for s in seeds:
        progs[s] = gen.write_program(s, a.size, a.files, work)
    t0 = time.time()
    passed = failed = xfailed = 0
    bad = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as ex:
        futs = {ex.submit(check, progs[s], a.timeout): s for s in seeds}
        results = {}
        for fu in concurrent.futures.as_completed(futs):
            results[futs[fu]] = fu.result()
    for s in seeds:
        ok, out, secs = results[s]
        if s in xfail:
            if ok:
                failed += 1
                bad.append(s)
                print('XPASS gen_%d  (listed in %s: %s; remove it)' % (s, a.xfail, xfail[s]))
            else:
                xfailed += 1
                print('XFAIL gen_%d  (%s)' % (s, xfail[s]))
            continue
        if ok:
            passed += 1
            if not a.quiet:
                print('PASS  gen_%d  %.1fs' % (s, secs))
            continue
        failed += 1
        bad.append(s)
        print('FAIL  gen_%d  (python3 %s %d --size %s%s)' % (s, os.path.join(HERE, 'gen.py'), s, a.size,
                                                         ' --files 2' if os.path.isdir(progs[s]) else ''))
        for line in out.splitlines():
            if not line.startswith('PASS'):
                print('    ' + line)
        if a.keep:
            os.makedirs(a.keep, exist_ok=True)
            if os.path.isdir(progs[s]):
                dst = os.path.join(a.keep, 'gen_%d' % s)
                shutil.rmtree(dst, ignore_errors=True)
                shutil.copytree(progs[s], dst)
            else:
                shutil.copy(progs[s], os.path.join(a.keep, 'gen_%d.c' % s))
    shutil.rmtree(work, ignore_errors=True)
    if bad:
        print('failed seeds: ' + ' '.join(str(s) for s in bad))
    print('%d programs in %.0fs with %d jobs' % (len(seeds), time.time() - t0, a.jobs))
    print('%d passed, %d failed%s' % (passed, failed, ', %d xfail' % xfailed if xfailed else ''))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
