"""pthreads_target_diff.py DELAYC CC CFLAGS RTLIB SRC_DIR WORK EVERY [FIRST] — --target=pthreads
against the plain serial build, over a sample of the differential test programs
(every EVERY-th of tests/diff/progs*/*.c from the FIRST-th, default 0; EVERY=1:
all of them; ctest's diff.pthreads.K run all of them in EVERY parts).

For each program: `delayc emit --target=pthreads` must leave no OpenMP in the
output, the output must build with no -fopenmp (linked with libdelayc.a and
-lpthread), and print exactly what the annotated source built serially prints,
with the same exit status, under 1, 2 and 4 threads (DELAYC_NUM_THREADS).
Prints one line per program and "N passed, N failed".
"""
import glob
import os
import re
import subprocess
import sys

delayc, cc, cflags, rtlib, src, work, every = sys.argv[1:8]   # rtlib: the library and its link flags
first = int(sys.argv[8]) if len(sys.argv) > 8 else 0
cflags = cflags.split()
os.makedirs(work, exist_ok=True)
progs = sorted(glob.glob(os.path.join(src, "tests/diff/progs*/*.c")))[first:: int(every)]
passed = failed = 0


def run(cmd, env=None):
    return subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=60, env=env)


for p in progs:
    name = os.path.relpath(p, src)
    base = os.path.join(work, os.path.basename(os.path.dirname(p)) + "_" + os.path.basename(p)[:-2])
    problem = None
    # the serial build gets the same code-generation flags the library brings
    # (a sanitizer changes what qsort does, say: the outputs must be comparable)
    r = run([cc, "-std=gnu11", "-w", p, "-o", base + ".ref"] + cflags + [f for f in rtlib.split() if f.startswith("-f")] + ["-lm"])
    if r.returncode:
        print("SKIP  %s: the serial build fails" % name)
        continue
    ref = run([base + ".ref"])
    r = run([delayc, "emit", p, "--target=pthreads", "-o", base + ".pt.c", "--", "-std=c11"] + cflags)
    if r.returncode:
        problem = "delayc failed: " + r.stderr.strip()[:300]
    elif re.search(r'_Pragma\("omp|#\s*pragma\s+omp|omp\.h|omp_get_',
                   open(base + ".pt.c", encoding="utf-8", errors="replace").read()):
        problem = "OpenMP left in the output"
    if not problem:
        r = run([cc, "-std=gnu11", "-w", base + ".pt.c"] + rtlib.split() + ["-lpthread", "-lm", "-o", base + ".pt"] + cflags)
        if r.returncode:
            problem = "build failed: " + r.stderr.strip()[:300]
    if not problem:
        for t in ("1", "2", "4"):
            env = dict(os.environ, DELAYC_NUM_THREADS=t)
            got = run([base + ".pt"], env)
            if (got.returncode, got.stdout) != (ref.returncode, ref.stdout):
                problem = "output differs from the serial build with %s threads" % t
                break
    if problem:
        failed += 1
        print("FAIL  %s: %s" % (name, problem))
    else:
        passed += 1
        print("PASS  %s" % name)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
