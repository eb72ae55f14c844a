#!/usr/bin/env python3
"""reduce.py — shrink a C program while run-diff.sh keeps failing the same way.

    DELAYC=... DELAYC_INCLUDES=... DELAYC_RT=... \\
        python3 tests/gen/reduce.py FAILING.c -o REDUCED.c [--cc gcc] [--threads 2]
                                   [--why 'stdout differs'] [--tries 3]
        python3 tests/gen/reduce.py FAILING_DIR -o REDUCED_DIR [--mode alone] ...

A directory is a program of several files (tests/diff/multi/README.md: the files
and SOURCES), checked with tests/diff/run-multi.sh restricted to the failing mode
(`alone` or `program`, --mode overrides it); its files are reduced one after the
other, main.c first, the largest next.

Every candidate must build warning-free with both gcc and clang (the serial
program).  When the failure is about what the program computes (`stdout differs`, `exit
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
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RUN_DIFF = os.path.join(HERE, '..', 'diff', 'run-diff.sh')
RUN_MULTI = os.path.join(HERE, '..', 'diff', 'run-multi.sh')
# run-diff.sh:  FAIL  NAME  CC  threads=T  (WHY)
# run-multi.sh: FAIL  NAME  MODE  CC  threads=T  (WHY), FAIL  NAME  MODE  CC  (WHY),
#               FAIL  NAME  CC  (serial build failed)
FAIL_RE = re.compile(r'^FAIL\s+\S+\s+(.*?)\s*\((.*)\)\s*$')
MODES = ('alone', 'program')


def run_diff(path, cc, threads, mode=None, timeout=240):
    env = dict(os.environ)
    if cc:
        env['CC_LIST'] = cc
    if threads:
        env['THREADS'] = threads
    if mode:
        env['MODES'] = mode
    script = RUN_MULTI if os.path.isdir(path) else RUN_DIFF
    try:
        p = subprocess.run(['bash', script, path], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return p.stdout.decode('utf-8', 'replace')


def includes():
    return ['-I' + d for d in os.environ.get('DELAYC_INCLUDES', '').split(':') if d]


def sources(prog):
    """The translation units of a program: the file, or a directory's SOURCES."""
    if not os.path.isdir(prog):
        return [prog], []
    with open(os.path.join(prog, 'SOURCES')) as f:
        return [os.path.join(prog, l.strip()) for l in f if l.strip()], ['-I' + prog]


def memcheck_clean(path, tmp):
    """The serial program builds and runs without memcheck errors (in a scratch
    directory of its own: generated programs write files in the current one)."""
    exe = os.path.join(tmp, 'serial-vg')
    srcs, incs = sources(path)
    p = subprocess.run(['gcc', '-std=c11', '-O0', '-g'] + includes() + incs + srcs + ['-o', exe, '-lm'],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if p.returncode != 0:
        return False
    run_dir = os.path.join(tmp, 'vg-run')
    os.makedirs(run_dir, exist_ok=True)
    try:
        p = subprocess.run(['valgrind', '-q', '--error-exitcode=99', '--track-origins=no', exe],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60,
                           cwd=run_dir)
    except (subprocess.TimeoutExpired, FileNotFoundError):
        return False
    return p.returncode != 99


def builds_clean(path, tmp):
    """The serial program builds warning-free with gcc and clang (run-diff.sh, limited
    to the failing compiler, would accept a candidate the other one rejects, and
    the saved regression could then never pass)."""
    srcs, incs = sources(path)
    for cc in ('gcc', 'clang'):
        p = subprocess.run([cc, '-std=c11', '-O1', '-Wall', '-Wextra', '-Werror'] + includes() + incs + srcs
                           + ['-o', os.path.join(tmp, 'serial-check'), '-lm'],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if p.returncode != 0:
            return False
    return True


def first_failure(out):
    """(compiler, threads or None, why, mode or None) of the first FAIL line."""
    for line in (out or '').splitlines():
        m = FAIL_RE.match(line)
        if not m:
            continue
        cc = threads = mode = None
        for w in m.group(1).split():
            if w.startswith('threads='):
                threads = w[len('threads='):]
            elif w in MODES:
                mode = w
            else:
                cc = w
        return cc, threads, m.group(2), mode
    return None


def same_kind(a, b):
    """Timeouts and exit statuses vary in their numbers; compare the words."""
    norm = lambda s: re.sub(r'\d+', 'N', s)
    return norm(a) == norm(b)


class Reducer:
    """Reduces the lines of PATH, one file of the program PROG (PROG itself for a
    single-file program)."""

    def __init__(self, prog, path, lines, cc, threads, why, tries, verbose, mode=None, tests=0):
        self.prog, self.path, self.lines = prog, path, lines
        self.cc, self.threads, self.why, self.tries = cc, threads, why, tries
        self.mode = mode
        self.verbose = verbose
        self.tmp = tempfile.mkdtemp(prefix='reduce.')
        self.tests = tests
        self.semantic = any(w in why for w in ('stdout', 'exit status', 'timed out'))

    def fails(self, lines):
        with open(self.path, 'w') as f:
            f.write(''.join(lines))
        if not builds_clean(self.prog, self.tmp):
            return False
        if self.semantic and not memcheck_clean(self.prog, self.tmp):
            return False
        for _ in range(self.tries):
            self.tests += 1
            f = first_failure(run_diff(self.prog, self.cc, self.threads, self.mode))
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
    ap.add_argument('--mode', choices=MODES, help='run-multi.sh mode (default: the first failing one)')
    ap.add_argument('--tries', type=int, default=1)
    ap.add_argument('-v', '--verbose', action='store_true')
    a = ap.parse_args()
    if not os.environ.get('DELAYC'):
        print('reduce.py: DELAYC is not set', file=sys.stderr)
        return 2
    multi = os.path.isdir(a.prog)
    f = None
    for _ in range(max(1, a.tries)):
        f = first_failure(run_diff(a.prog, a.cc, a.threads, a.mode))
        if f:
            break
    if not f:
        print('reduce.py: %s does not fail' % a.prog, file=sys.stderr)
        return 1
    cc = a.cc or f[0]
    threads = a.threads or f[1]
    why = a.why or f[2]
    mode = a.mode or f[3]
    if not multi:
        with open(a.prog) as fh:
            lines = fh.readlines()
        print('reducing %s: %d lines, failure "%s" (%s, threads=%s)' % (a.prog, len(lines), why, cc, threads),
              flush=True)
        work = tempfile.mkdtemp(prefix='reduce.')
        path = os.path.join(work, 'reduced.c')
        r = Reducer(path, path, lines, cc, threads, why, max(1, a.tries), a.verbose)
        out = r.run()
        with open(a.output, 'w') as fh:
            fh.write(''.join(out))
        print('reduced to %d lines in %d tests: %s' % (len(out), r.tests, a.output))
        return 0
    # a program of several files: reduce a copy, file by file
    work = os.path.join(tempfile.mkdtemp(prefix='reduce.'), os.path.basename(os.path.normpath(a.prog)))
    shutil.copytree(a.prog, work)
    names = sorted((n for n in os.listdir(work) if n.endswith(('.c', '.h'))),
                   key=lambda n: (n != 'main.c', -os.path.getsize(os.path.join(work, n))))
    total = sum(len(open(os.path.join(work, n)).readlines()) for n in names)
    print('reducing %s: %d lines in %d files, failure "%s" (%s, %s, threads=%s)'
          % (a.prog, total, len(names), why, mode, cc, threads), flush=True)
    tests = 0
    for n in names:
        path = os.path.join(work, n)
        with open(path) as fh:
            lines = fh.readlines()
        r = Reducer(work, path, lines, cc, threads, why, max(1, a.tries), a.verbose, mode, tests)
        out = r.run()
        tests = r.tests
        with open(path, 'w') as fh:
            fh.write(''.join(out))
        if a.verbose:
            print('  %s: %d -> %d lines' % (n, len(lines), len(out)), flush=True)
    shutil.rmtree(a.output, ignore_errors=True)
    shutil.copytree(work, a.output)
    total = sum(len(open(os.path.join(work, n)).readlines()) for n in names)
    print('reduced to %d lines in %d tests: %s' % (total, tests, a.output))
    return 0


if __name__ == '__main__':
    sys.exit(main())
