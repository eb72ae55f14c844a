"""suggest_counts_check.py DELAYC CC CFLAGS RT WORK PROG.c... — for each program:
serial output; suggest --fix on a copy; the annotated declarations; emit;
build with OpenMP; the output at 1, 2 and 4 threads (three runs each) must be
the serial one.  Prints `NAME: DECLARATIONS ok` or `NAME: ... WRONG (why)`."""
import os
import re
import shutil
import subprocess
import sys

delayc, cc, cflags, rt, work = sys.argv[1:6]
cflags, rt = cflags.split(), rt.split()


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, **kw)


for src in sys.argv[6:]:
    name = os.path.basename(src)[:-2]
    d = os.path.join(work, name)
    os.makedirs(d, exist_ok=True)
    prog = os.path.join(d, name + ".c")
    shutil.copy(src, prog)
    problem = None
    run([cc, "-std=c11", "-O1", src, "-o", os.path.join(d, "ser"), "-lm"])
    want = run([os.path.join(d, "ser")]).stdout
    run([delayc, "suggest", "--fix", prog])
    text = open(prog).read()
    decls = " | ".join(l.strip() for l in text.splitlines() if l.startswith("DELAYED"))
    r = run([delayc, "emit", prog, "-o", os.path.join(d, "par.c"), "--"] + cflags)
    if r.returncode:
        problem = "emit failed: " + r.stderr.strip().splitlines()[0]
    else:
        r = run([cc, "-std=c11", "-O1", "-fopenmp"] + cflags + [os.path.join(d, "par.c")] + rt +
                ["-lpthread", "-lm", "-o", os.path.join(d, "par")])
        if r.returncode:
            problem = "the output does not build"
        for t in ("1", "2", "4"):
            for _ in range(3):
                if problem:
                    break
                got = run([os.path.join(d, "par")], env=dict(os.environ, OMP_NUM_THREADS=t)).stdout
                if got != want:
                    problem = "%s threads printed %r, not %r" % (t, got.strip(), want.strip())
    print("%s: %s %s" % (name, decls, "WRONG (%s)" % problem if problem else "ok"))
