#!/usr/bin/env python3
"""suggest_speedup.py [--reps N] [--threads T] [PROG.c...] — what `delayc
suggest --fix` then `delayc emit` gains on code no one annotated.

For each program (default: the legacy corpus, tests/suggest/legacy, at its
default sizes): build the original serially (gcc -O2), apply suggest --fix to a
copy, emit it, build the parallel program (gcc -O2 -fopenmp), check that both
print the same, then time them side by side, alternating, N times each.
Prints per program what suggest changed, the median seconds of each build, the
ratio serial/parallel (the speed-up) and the tasks that ran (DELAYC_STATS).
A program suggest changed nothing in shows a ratio of about 1 (noise).

Environment: DELAYC (default build/delayc), DELAYC_RT (default build/libdelayc.a).
"""
import argparse
import glob
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, ".."))
delayc = os.environ.get("DELAYC", os.path.join(root, "build", "delayc"))
rt = os.environ.get("DELAYC_RT", os.path.join(root, "build", "libdelayc.a"))
incs = ["-I" + os.path.join(root, "annotations"), "-I" + os.path.join(root, "runtime")]

ap = argparse.ArgumentParser()
ap.add_argument("--reps", type=int, default=5)
ap.add_argument("--threads", type=int, default=2)
ap.add_argument("progs", nargs="*")
args = ap.parse_args()
progs = args.progs or sorted(glob.glob(os.path.join(root, "tests", "suggest", "legacy", "*.c")))
work = tempfile.mkdtemp(prefix="delayc-suggest-bench-")


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def timed(exe, env):
    t = time.perf_counter()
    r = run([exe], env=env)
    return time.perf_counter() - t, r


print("%-16s %-44s %8s %8s %7s %7s" % ("program", "suggest made tasks of", "serial", "delayc", "ratio", "tasks"))
env = dict(os.environ, OMP_NUM_THREADS=str(args.threads))
for prog in progs:
    name = os.path.basename(prog)[:-2]
    d = os.path.join(work, name)
    os.makedirs(d)
    src = os.path.join(d, name + ".c")
    shutil.copy(prog, src)
    serial = os.path.join(d, "serial")
    if run(["gcc", "-std=c11", "-O2", prog, "-o", serial, "-lm"]).returncode:
        print("%-16s the original does not build" % name)
        continue
    s = run([delayc, "suggest", "--fix", src])
    made = re.findall(r"(?:annotated|the new function): [^(]*?(\w+)\(", s.stdout)
    par_c = os.path.join(d, "par.c")
    e = run([delayc, "emit", src, "-o", par_c, "--"] + incs)
    par = os.path.join(d, "par")
    if e.returncode or run(["gcc", "-std=c11", "-O2", "-fopenmp"] + incs + [par_c, rt, "-lpthread", "-lm", "-o", par]).returncode:
        print("%-16s emit or the parallel build failed: %s" % (name, e.stderr.strip()[:120]))
        continue
    ts, tp, out_s, out_p = [], [], None, None
    for _ in range(args.reps):
        t, r = timed(serial, env)
        ts.append(t)
        out_s = r.stdout
        t, r = timed(par, env)
        tp.append(t)
        out_p = r.stdout
    stats = run([par], env=dict(env, DELAYC_STATS="1")).stderr
    m = re.search(r"delayc: tasks=(\d+)", stats)
    same = "" if out_s == out_p else "  OUTPUT DIFFERS"
    ms, mp = statistics.median(ts), statistics.median(tp)
    print("%-16s %-44s %8.3f %8.3f %7.2f %7s%s" % (name, " ".join(made)[:44] or "-", ms, mp, ms / mp,
                                                 m.group(1) if m else "-", same))
shutil.rmtree(work, ignore_errors=True)
