#!/usr/bin/env python3
"""run-corpus.py — run `delayc lint` over the blind corpus and compare its
findings with the expectations written in the programs.

Each corpus file marks every expected finding with a trailing `//` comment on
the line of the finding's primary location:

    x = f(y); // expect: delayed-nested
    x = g(y); // expect: delayed-global-state, delayed-mutates-input
    a = b;    // expect: delayed-global-state x2
    p = q;    // NOLINT(delayed-nested) expect: delayed-global-state

A file with no `expect:` expects no finding at all.  On the first lines a file
may say `// lint-args: ARGS` (extra options for `delayc lint`, split like a
shell would) and `// lint-exit: N` (the exit code it expects, default 0).  A
file containing `AMBIGUOUS:` is skipped: it documents cases the spec leaves
open.

For each file the script runs
    DELAYC lint --format=json [lint-args] FILE -- -I INCLUDE
compares the multiset of (line, check) of the diagnostics with the
expectations, prints `PASS file` or `FAIL file` with the missing and unexpected
findings, and ends with `N passed, N failed` (`, N skipped` when some were).
Exit status: 0 when every file passed, 1 otherwise, 2 for usage errors.

    python3 tests/lint/run-corpus.py --delayc build/tool/delayc --include annotations
    python3 tests/lint/run-corpus.py --delayc D --include I tests/lint/corpus/nested
    python3 tests/lint/run-corpus.py --summary          # expectations per check
    python3 tests/lint/run-corpus.py --self-test
    python3 tests/lint/run-corpus.py --compile-check --include annotations
"""
import argparse
import collections
import json
import os
import re
import shlex
import subprocess
import sys

CHECKS = (
    "delayed-call-before-delay",
    "delayed-mutates-input",
    "delayed-global-state",
    "delayed-compute-in-loop",
    "delayed-result-unused",
    "delayed-nested",
    "delayed-too-fine",
    "delayed-single-task",
    "delayed-large-by-value",
)

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
HEADER_LINES = 5  # lint-args / lint-exit must appear in the first lines
TIMEOUT = 300


class ExpectError(Exception):
    pass


def line_comments(text):
    """Yield (line number, text) for every `//` comment, skipping string and
    character literals and block comments."""
    i, n, line = 0, len(text), 1
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            yield line, text[i + 2:j]
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            line += text.count("\n", i, j)
            i = j
        elif c in "\"'":
            i += 1
            while i < n and text[i] != c and text[i] != "\n":
                i += 2 if text[i] == "\\" else 1
            i += 1
        else:
            i += 1


EXPECT_RE = re.compile(r"\bexpect:\s*(.*)$")
ITEM_RE = re.compile(r"^([a-z][a-z0-9-]*)(?:\s+x(\d+))?$")


def parse_expect_comment(comment):
    """The checks one `//` comment expects, with repetitions: a list of names.
    Raises ExpectError for a malformed or unknown item."""
    m = EXPECT_RE.search(comment)
    if not m:
        return []
    body = m.group(1).strip()
    if not body:
        raise ExpectError("empty expect:")
    out = []
    for item in body.split(","):
        item = item.strip()
        im = ITEM_RE.match(item)
        if not im:
            raise ExpectError("malformed expectation %r" % item)
        name, times = im.group(1), int(im.group(2) or 1)
        if name not in CHECKS:
            raise ExpectError("unknown check %r" % name)
        if times < 1:
            raise ExpectError("bad count in %r" % item)
        out.extend([name] * times)
    return out


def parse_file(path):
    """(expectations Counter of (line, check), lint args, expected exit, ambiguous)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    expect = collections.Counter()
    args, exit_code = [], 0
    for line, comment in line_comments(text):
        if line <= HEADER_LINES:
            m = re.match(r"\s*lint-args:\s*(.*)$", comment)
            if m:
                args = shlex.split(m.group(1))
                continue
            m = re.match(r"\s*lint-exit:\s*(\d+)\s*$", comment)
            if m:
                exit_code = int(m.group(1))
                continue
        try:
            for check in parse_expect_comment(comment):
                expect[(line, check)] += 1
        except ExpectError as e:
            raise ExpectError("%s:%d: %s" % (path, line, e))
    return expect, args, exit_code, "AMBIGUOUS:" in text


def same_file(diag_file, path):
    if not diag_file:
        return False
    try:
        if os.path.samefile(diag_file, path):
            return True
    except OSError:
        pass
    return os.path.basename(diag_file) == os.path.basename(path)


def fmt(line, check, message=""):
    return "    line %d: [%s]%s" % (line, check, (" " + message) if message else "")


def run_file(path, delayc, include):
    """Lint one file; return (ok, report lines)."""
    expect, args, want_exit, _ = parse_file(path)
    # delayed-stays-serial reports what the emitter's analysis leaves serial: the
    # corpus was written for the best-practice checks, and the check has its own
    # tests (tests/lit/lint/stays-serial.c); a file that names --checks decides
    if not any(a.startswith("--checks") for a in args):
        args = ["--checks=*,-delayed-stays-serial"] + args
    cmd = [delayc, "lint", "--format=json"] + args + [path, "--", "-I", include]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return False, ["    timed out after %d s: %s" % (TIMEOUT, " ".join(cmd))]
    except OSError as e:
        return False, ["    cannot run %s: %s" % (delayc, e)]
    notes = []
    err = p.stderr.decode(errors="replace").strip()
    if p.returncode == 2 or p.returncode != want_exit:
        notes.append("    exit code %d, expected %d: %s" % (p.returncode, want_exit, " ".join(cmd)))
        if err:
            notes.extend("    | " + l for l in err.splitlines()[:20])
        if p.returncode == 2 or p.returncode not in (0, 1):
            return False, notes
    try:
        doc = json.loads(p.stdout.decode(errors="replace") or "null")
        diags = doc["diagnostics"]
        if doc.get("version") != 1:
            notes.append("    JSON version %r, expected 1" % doc.get("version"))
    except (ValueError, TypeError, KeyError) as e:
        notes.append("    output is not the documented JSON (%s)" % e)
        notes.extend("    | " + l for l in p.stdout.decode(errors="replace").splitlines()[:10])
        return False, notes
    actual = collections.Counter()
    messages = collections.defaultdict(list)
    elsewhere = []
    for d in diags:
        try:
            line, check = int(d["line"]), d["check"]
        except (KeyError, TypeError, ValueError):
            notes.append("    diagnostic without line/check: %r" % (d,))
            continue
        if not same_file(d.get("file"), path):
            elsewhere.append("    %s:%d: [%s] %s" % (d.get("file"), line, check, d.get("message", "")))
            continue
        actual[(line, check)] += 1
        messages[(line, check)].append(d.get("message", ""))
    missing = expect - actual
    unexpected = actual - expect
    if missing:
        notes.append("  missing:")
        for (line, check), k in sorted(missing.items()):
            notes.extend([fmt(line, check)] * k)
    if unexpected:
        notes.append("  unexpected:")
        for (line, check), k in sorted(unexpected.items()):
            msgs = messages[(line, check)]
            for i in range(k):
                notes.append(fmt(line, check, msgs[i] if i < len(msgs) else ""))
    if elsewhere:
        notes.append("  unexpected, in another file:")
        notes.extend(elsewhere)
    ok = not missing and not unexpected and not elsewhere and p.returncode == want_exit
    return ok, notes


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs.sort()
                files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".c"))
        elif os.path.isfile(p):
            files.append(p)
        else:
            raise SystemExit("run-corpus.py: no such file or directory: %s" % p)
    return files


def summary(files):
    """Print, per corpus directory and check, the expected findings (positives)
    and the files in which that check expects nothing (negatives)."""
    pos = collections.Counter()
    neg_files = collections.Counter()
    total_files = skipped = 0
    for f in files:
        expect, args, _, ambiguous = parse_file(f)
        if ambiguous:
            skipped += 1
            continue
        total_files += 1
        per = collections.Counter()
        for (_, check), k in expect.items():
            per[check] += k
        for c in CHECKS:
            pos[c] += per[c]
            if per[c] == 0:
                neg_files[c] += 1
    print("%d files (%d skipped as AMBIGUOUS)" % (total_files, skipped))
    print("%-28s %9s %s" % ("check", "findings", "files expecting none of it"))
    for c in CHECKS:
        print("%-28s %9d %d" % (c, pos[c], neg_files[c]))


def compile_check(files, include):
    """Every corpus file must compile warning-free with gcc and clang at -Wall
    -Wextra (-std=c11 -fsyntax-only).  Prints one line per file, the counting line
    last; returns the exit status."""
    passed = failed = 0
    for f in files:
        problems = []
        for cc in ("gcc", "clang"):
            cmd = [cc, "-std=c11", "-Wall", "-Wextra", "-fsyntax-only", "-I", include, f]
            try:
                p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT)
            except OSError as e:
                problems.append("    cannot run %s: %s" % (cc, e))
                continue
            out = p.stdout.decode(errors="replace").strip()
            if p.returncode != 0 or out:
                problems.append("    %s (exit %d):" % (cc, p.returncode))
                problems.extend("    | " + l for l in out.splitlines()[:20])
        print("%s %s" % ("FAIL" if problems else "PASS", f))
        for l in problems:
            print(l)
        if problems:
            failed += 1
        else:
            passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def self_test():
    ok = True

    def check(label, got, want):
        nonlocal ok
        if got != want:
            ok = False
            print("self-test FAIL %s: got %r, want %r" % (label, got, want))

    check("plain", parse_expect_comment(" expect: delayed-nested"), ["delayed-nested"])
    check("two", parse_expect_comment(" expect: delayed-global-state, delayed-mutates-input"),
          ["delayed-global-state", "delayed-mutates-input"])
    check("times", parse_expect_comment(" expect: delayed-global-state x2"), ["delayed-global-state"] * 2)
    check("mixed", parse_expect_comment(" expect: delayed-nested x3,delayed-too-fine"),
          ["delayed-nested"] * 3 + ["delayed-too-fine"])
    check("after NOLINT", parse_expect_comment(" NOLINT(delayed-nested) expect: delayed-global-state"),
          ["delayed-global-state"])
    check("none", parse_expect_comment(" NOLINT(delayed-nested)"), [])
    check("prose", parse_expect_comment(" what we expect here is nothing"), [])
    for bad in (" expect: delayed-nestd", " expect: nested", " expect:", " expect: delayed-nested x0",
                " expect: delayed-nested,", " expect: delayed-nested twice"):
        try:
            parse_expect_comment(bad)
            check("rejects %r" % bad, "accepted", "ExpectError")
        except ExpectError:
            pass
    src = ('int a = f(); // expect: delayed-single-task\n'
           'puts("// expect: delayed-nested");\n'
           "char c = '\"'; /* expect: delayed-too-fine\n"
           '   still a block comment // expect: delayed-too-fine */ g(); // expect: delayed-nested x2\n'
           'h(); // NOLINT(delayed-too-fine) expect: delayed-global-state\n')
    got = collections.Counter()
    for line, comment in line_comments(src):
        for c in parse_expect_comment(comment):
            got[(line, c)] += 1
    check("scanner", dict(got), {(1, "delayed-single-task"): 1, (4, "delayed-nested"): 2,
                                 (5, "delayed-global-state"): 1})
    print("self-test %s" % ("passed" if ok else "FAILED"))
    print("%d passed, %d failed" % ((1, 0) if ok else (0, 1)))
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser(description="Run delayc lint over the corpus and compare with // expect: comments.")
    ap.add_argument("--delayc", help="path of the delayc executable")
    ap.add_argument("--include", help="directory holding delayed.h (passed as -I after --)")
    ap.add_argument("--self-test", action="store_true", help="check the expectation parser and exit")
    ap.add_argument("--summary", action="store_true", help="print expected findings per check and exit")
    ap.add_argument("--compile-check", action="store_true",
                    help="compile every file with gcc and clang (-Wall -Wextra, warning-free) instead of linting")
    ap.add_argument("paths", nargs="*", help="files or directories (default: the corpus)")
    a = ap.parse_args()
    if a.self_test:
        return self_test()
    try:
        files = collect(a.paths or [CORPUS])
        if a.summary:
            summary(files)
            return 0
        if a.compile_check:
            if not a.include:
                ap.error("--compile-check needs --include")
            return compile_check(files, a.include)
    except ExpectError as e:
        print("run-corpus.py: %s" % e, file=sys.stderr)
        return 2
    if not a.delayc or not a.include:
        ap.error("--delayc and --include are required (or --self-test / --summary)")
    passed = failed = skipped = 0
    for f in files:
        try:
            _, _, _, ambiguous = parse_file(f)
            if ambiguous:
                skipped += 1
                print("SKIP %s (AMBIGUOUS)" % f)
                continue
            ok, notes = run_file(f, a.delayc, a.include)
        except ExpectError as e:
            ok, notes = False, ["    " + str(e)]
        print("%s %s" % ("PASS" if ok else "FAIL", f))
        for n in notes:
            print(n)
        if ok:
            passed += 1
        else:
            failed += 1
    sys.stdout.flush()
    print("%d passed, %d failed%s" % (passed, failed, (", %d skipped" % skipped) if skipped else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
