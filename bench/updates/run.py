#!/usr/bin/env python3
"""run.py [--reps N] [--threads T] — what updates of a global in a hot loop
cost when tasks make them atomically, against the serial program.

Builds bench/updates/histogram.c three ways: serially (gcc -O2); through
delayc as written (the hot update keeps the tasks in order); and through
delayc with the update under `#pragma omp atomic` (-DUSER_ATOMIC: the tasks
run in any order, an atomic read-modify-write per element).  Checks the three
print the same, times them alternating N times, and prints the medians and
the ratios to serial.  The figure docs/lowering.md quotes for UPDATE_MIN_NS
comes from here.

Environment: DELAYC (default build/delayc), DELAYC_RT (default build/libdelayc.a).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "..", ".."))
delayc = os.environ.get("DELAYC", os.path.join(root, "build", "delayc"))
rt = os.environ.get("DELAYC_RT", os.path.join(root, "build", "libdelayc.a"))
incs = ["-I" + os.path.join(root, "annotations"), "-I" + os.path.join(root, "runtime")]

ap = argparse.ArgumentParser()
ap.add_argument("--reps", type=int, default=5)
ap.add_argument("--threads", type=int, default=2)
args = ap.parse_args()
work = tempfile.mkdtemp(prefix="delayc-updates-bench-")
src = os.path.join(here, "histogram.c")


def sh(cmd):
    subprocess.run(cmd, check=True)


builds = {}
sh(["gcc", "-O2", *incs, src, "-o", os.path.join(work, "serial")])
builds["serial"] = os.path.join(work, "serial")
for name, defs in (("delayc", []), ("delayc, user atomics", ["-DUSER_ATOMIC"])):
    tag = "atomic" if defs else "plain"
    out = os.path.join(work, tag + ".c")
    sh([delayc, "emit", src, "-o", out, "--", *defs, *incs])
    sh(["gcc", "-O2", "-fopenmp", *defs, *incs, out, rt, "-o", os.path.join(work, tag), "-lpthread"])
    builds[name] = os.path.join(work, tag)

env = dict(os.environ, OMP_NUM_THREADS=str(args.threads))
outs = {n: subprocess.run([b], env=env, capture_output=True, text=True, check=True).stdout for n, b in builds.items()}
if len(set(outs.values())) != 1:
    sys.exit("run.py: the builds print different results: %r" % outs)
times = {n: [] for n in builds}
for _ in range(args.reps):
    for n, b in builds.items():
        t0 = time.perf_counter()
        subprocess.run([b], env=env, stdout=subprocess.DEVNULL, check=True)
        times[n].append(time.perf_counter() - t0)
base = statistics.median(times["serial"])
print("%-22s %8s %8s   (%d threads, medians of %d)" % ("build", "s", "serial/x", args.threads, args.reps))
for n in builds:
    m = statistics.median(times[n])
    print("%-22s %8.3f %8.2f" % (n, m, base / m))
