"""serial_target_diff.py DELAYC CC CFLAGS SRC_DIR WORK EVERY — --target=serial
against the plain serial build, over a sample of the differential test programs
(every EVERY-th of tests/diff/progs*/*.c).

For each program: `delayc emit --target=serial` must leave no annotation (no
DELAYED, delayed(...) or delayed_compute), keep every line on its number (the
output, its column-keeping breaks undone, is the input plus two lines), compile with -Wall -Wextra -Werror and no
OpenMP, and print exactly what the annotated source built serially prints.
Prints one line per program and "N passed, N failed".
"""
import glob
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Inputs"))
import join_lines  # noqa: E402

delayc, cc, cflags, src, work, every = sys.argv[1:7]
cflags = cflags.split()
os.makedirs(work, exist_ok=True)
progs = sorted(glob.glob(os.path.join(src, "tests/diff/progs*/*.c")))[:: int(every)]
passed = failed = 0
annot = re.compile(r"\bDELAYED\w*|\bdelayed\s*\(|\bdelayed_compute\b")


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=60)


for p in progs:
    name = os.path.relpath(p, src)
    base = os.path.join(work, os.path.basename(os.path.dirname(p)) + "_" + os.path.basename(p)[:-2])
    problem = None
    r = run([delayc, "emit", p, "--target=serial", "-o", base + ".serial.c", "--"] + cflags)
    if r.returncode:
        problem = "delayc failed: " + r.stderr.strip()
    else:
        # the text as it reads without the breaks that keep the user's columns
        out = join_lines.join(open(base + ".serial.c", encoding="utf-8", errors="replace").read())
        # the code only: no comments, strings or preprocessor lines
        code = re.sub(r'/\*.*?\*/|//[^\n]*|"(\\.|[^"\\\n])*"', " ", out, flags=re.S)
        body = "\n".join(l for l in code.splitlines() if not l.lstrip().startswith("#"))
        if annot.search(body):
            problem = "an annotation is left: " + annot.search(body).group(0)
        elif out.count("\n") != open(p, encoding="utf-8", errors="replace").read().count("\n") + 2:
            problem = "lines moved"
    if not problem:
        for tag, srcfile in (("ref", p), ("tgt", base + ".serial.c")):
            r = run([cc, "-std=gnu11", "-w" if tag == "ref" else "-Wall", "-Werror" if tag == "tgt" else "-w",
                     "-Wno-unused-parameter", "-Wno-unused-function", "-Wno-unused-variable", "-Wno-unused-but-set-variable",
                     srcfile, "-o", base + "." + tag] + cflags + ["-lm"])
            if r.returncode:
                problem = "%s build failed: %s" % (tag, r.stderr.strip()[:300])
                break
    if not problem:
        a, b = run([base + ".ref"]), run([base + ".tgt"])
        if (a.returncode, a.stdout) != (b.returncode, b.stdout):
            problem = "output differs from the serial build"
    if problem:
        failed += 1
        print("FAIL  %s: %s" % (name, problem))
    else:
        passed += 1
        print("PASS  %s" % name)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
