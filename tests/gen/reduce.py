#!/usr/bin/env python3
"""reduce.py — shrink a C program while run-diff.sh keeps failing the same way.

    DELAYC=... DELAYC_INCLUDES=... DELAYC_RT=... \\
        python3 tests/gen/reduce.py FAILING.c -o REDUCED.c [--cc gcc] [--threads 2]
                                   [--why 'stdout differs'] [--tries 3]

When the failure is about what the program computes (`stdout differs`, `exit
status`, `timed out`), a candidate must also run clean serially under valgrind
memcheck: deleting an initialisation must not turn a delayc bug into a program
that reads uninitialised memory.

The failure to keep is the reason in parentheses on run-diff.sh's first FAIL
line (`stdout differs`, `build of delayc output failed`, `delayc emit failed`,
`timed out ...`, `exit status ...`); --why overrides it.  A candidate is kept when
run-diff.sh, restricted to the failing compiler and thread count, fails with the
same reason in at least one of --tries runs (failures that depend on scheduling
need more than one).  The serial build inside run-diff.sh (-Wall -Wextra -Werror)
rejects every candidate that is not valid, warning-free C, so the result is
still a program whose serial build is the reference.

Deletion passes, repeated until nothing more can be removed:
  1. whole brace blocks, largest first: a function with its signature line, an
     `if`/`for`/`while`/`switch` statement with its body, an `else` part;
  2. chunks of lines, halving the chunk size down to single lines (ddmin-style);
  3. single lines once more.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RUN_DIFF = os.path.join(HERE, '..', 'diff', 'run-diff.sh')
FAIL_RE = re.compile(r'^FAIL\s+\S+\s+(\S+)\s+threads=(\d+)\s+\((.*)\)\s*$')


def run_diff(path, cc, threads, timeout=120):
    env = dict(os.environ)
    if cc:
        env['CC_LIST'] = cc
    if threads:
        env['THREADS'] = threads
    try:
        p = subprocess.run(['bash', RUN_DIFF, path], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return p.stdout.decode('utf-8', 'replace')


def includes():
    return ['-I' + d for d in os.environ.get('DELAYC_INCLUDES', '').split(':') if d]


def memcheck_clean(path, tmp):
    """The serial program builds and runs without memcheck errors."""
    exe = os.path.join(tmp, 'serial-vg')
    p = subprocess.run(['gcc', '-std=c11', '-O0', '-g'] + includes() + [path, '-o', exe, '-lm'],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if p.returncode != 0:
        return False
    try:
        p = subprocess.run(['valgrind', '-q', '--error-exitcode=99', '--track-origins=no', exe],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
    except (subprocess.TimeoutExpired, FileNotFoundError):
        return False
    return p.returncode != 99


def first_failure(out):
    for line in (out or '').splitlines():
        m = FAIL_RE.match(line)
        if m:
            return m.group(1), m.group(2), m.group(3)
    return None


def same_kind(a, b):
    """Timeouts and exit statuses vary in their numbers; compare the words."""
    norm = lambda s: re.sub(r'\d+', 'N', s)
    return norm(a) == norm(b)


class Reducer:
    def __init__(self, lines, cc, threads, why, tries, verbose):
        self.lines = lines
        self.cc, self.threads, self.why, self.tries = cc, threads, why, tries
        self.verbose = verbose
        self.tmp = tempfile.mkdtemp(prefix='reduce.')
        self.path = os.path.join(self.tmp, 'reduced.c')
        self.tests = 0
        self.semantic = any(w in why for w in ('stdout', 'exit status', 'timed out'))

    def fails(self, lines):
        with open(self.path, 'w') as f:
            f.write(''.join(lines))
        if self.semantic and not memcheck_clean(self.path, self.tmp):
            return False
        for _ in range(self.tries):
            self.tests += 1
            f = first_failure(run_diff(self.path, self.cc, self.threads))
            if f and same_kind(f[2], self.why):
                return True
            if f and 'serial build' in f[2]:
                return False     # not a valid program: no point in retrying
        return False

    def try_remove(self, lo, hi):
        cand = self.lines[:lo] + self.lines[hi:]
        if cand and self.fails(cand):
            self.lines = cand
            if self.verbose:
                print('  -%d lines -> %d (tests %d)' % (hi - lo, len(self.lines), self.tests), flush=True)
            return True
        return False

    def blocks(self):
        """(start, end) line ranges of brace blocks, largest first."""
        out, stack = [], []
        for i, l in enumerate(self.lines):
            s = l.strip()
            opens, closes = l.count('{'), l.count('}')
            for _ in range(closes):
                if stack:
                    st = stack.pop()
                    out.append((st, i + 1))
            for _ in range(opens):
                start = i
                if s == '{' and i > 0:
                    start = i - 1       # a function: take its signature line
                stack.append(start)
        # a block followed by an indented single statement is handled by lines
        out = [(a, b) for (a, b) in out if b - a >= 2]
        out.sort(key=lambda r: r[0] - r[1])
        return out

    def pass_blocks(self):
        progress = True
        any_progress = False
        while progress:
            progress = False
            for lo, hi in self.blocks():
                if hi <= len(self.lines) and self.try_remove(lo, hi):
                    progress = any_progress = True
                    break
        return any_progress

    def pass_chunks(self):
        any_progress = False
        n = max(1, len(self.lines) // 2)
        while n >= 1:
            i = 0
            progress = False
            while i < len(self.lines):
                if self.try_remove(i, min(len(self.lines), i + n)):
                    progress = any_progress = True
                else:
                    i += n
            if not progress:
                n //= 2
        return any_progress

    def run(self):
        while True:
            a = self.pass_blocks()
            b = self.pass_chunks()
            if not a and not b:
                break
        return self.lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('prog')
    ap.add_argument('-o', '--output', required=True)
    ap.add_argument('--cc', help='compiler to check with (default: the first failing one)')
    ap.add_argument('--threads', help='OMP_NUM_THREADS value (default: the first failing one)')
    ap.add_argument('--why', help='failure reason to keep (default: the first FAIL line\'s)')
    ap.add_argument('--tries', type=int, default=1)
    ap.add_argument('-v', '--verbose', action='store_true')
    a = ap.parse_args()
    if not os.environ.get('DELAYC'):
        print('reduce.py: DELAYC is not set', file=sys.stderr)
        return 2
    with open(a.prog) as f:
        lines = f.readlines()
    f = None
    for _ in range(max(1, a.tries)):
        f = first_failure(run_diff(a.prog, a.cc, a.threads))
        if f:
            break
    if not f:
        print('reduce.py: %s does not fail' % a.prog, file=sys.stderr)
        return 1
    cc = a.cc or f[0]
    threads = a.threads or f[1]
    why = a.why or f[2]
    print('reducing %s: %d lines, failure "%s" (%s, threads=%s)' % (a.prog, len(lines), why, cc, threads), flush=True)
    r = Reducer(lines, cc, threads, why, max(1, a.tries), a.verbose)
    out = r.run()
    with open(a.output, 'w') as f:
        f.write(''.join(out))
    print('reduced to %d lines in %d tests: %s' % (len(out), r.tests, a.output))
    return 0


if __name__ == '__main__':
    sys.exit(main())
