#!/usr/bin/env python3
"""memo.py — what the runtime's memo of DELAYED_PURE calls saves, and costs.

bench/kernels/memo.c calls a DELAYED_PURE function N times with D distinct
arguments.  delayc's output runs with the memo (the default) and without
(DELAYC_MEMO=0), beside the serial program, in alternating order REPS times;
medians of the time each program measures.  D = N: no call repeats, the memo
only costs its lookups.  D = 16: all but 16 calls are answered by the memo.
The kernel is emitted with -DROUNDS=6000 (so that delayc's estimate puts the
memo in) and compiled with each ROUNDS: the same generated code on calls of
about 0.07, 0.7 and 7 us.

Usage: memo.py [--delayc build/delayc] [--reps 5] [--n 200000] [--threads 2]"""
import argparse
import os
import statistics
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run_time(exe, args, env):
    r = subprocess.run([exe] + args, env=env, capture_output=True, text=True, check=True)
    t = [l for l in r.stderr.splitlines() if l.startswith("time ")]
    return float(t[-1].split()[1]), r.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--delayc", default=os.path.join(ROOT, "build", "delayc"))
    ap.add_argument("--rt", default="")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--n", type=int, default=200000)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--compilers", default="gcc,clang")
    a = ap.parse_args()
    rt = a.rt or os.path.join(os.path.dirname(a.delayc), "libdelayc.a")
    inc = ["-I" + os.path.join(ROOT, d) for d in ("bench", "annotations", "runtime")]
    src = os.path.join(HERE, "kernels", "memo.c")
    tmp = tempfile.mkdtemp(prefix="memo-bench.")
    par = os.path.join(tmp, "memo.par.c")
    subprocess.run([a.delayc, "emit", src, "-o", par, "--", "-DROUNDS=6000"] + inc, check=True)
    print(f"threads {a.threads}, n {a.n}, {a.reps} repetitions alternating; medians in seconds")
    print("| compiler | rounds | distinct | serial | delayc, no memo | delayc, memo | memo / no memo |")
    print("|---|---|---|---|---|---|---|")
    for cc in a.compilers.split(","):
        for rounds in (20, 200, 2000):
            ser = os.path.join(tmp, f"ser_{cc}_{rounds}")
            dc = os.path.join(tmp, f"dc_{cc}_{rounds}")
            subprocess.run([cc, "-O2", f"-DROUNDS={rounds}"] + inc + [src, "-o", ser], check=True)
            subprocess.run([cc, "-O2", "-fopenmp", f"-DROUNDS={rounds}"] + inc + [par, rt, "-o", dc], check=True)
            for d in (a.n, 16):
                args = [str(a.n), str(d)]
                env = dict(os.environ, OMP_NUM_THREADS=str(a.threads))
                off = dict(env, DELAYC_MEMO="0")
                ts = {"serial": [], "off": [], "on": []}
                want = None
                for _ in range(a.reps):
                    for k, exe, e in (("serial", ser, env), ("off", dc, off), ("on", dc, env)):
                        t, out = run_time(exe, args, e)
                        if want is None:
                            want = out
                        elif out != want:
                            raise SystemExit(f"{k} printed {out!r}, serial {want!r}")
                        ts[k].append(t)
                m = {k: statistics.median(v) for k, v in ts.items()}
                print(f"| {cc} | {rounds} | {'all' if d == a.n else d} | {m['serial']:.4f} | {m['off']:.4f} | "
                      f"{m['on']:.4f} | {m['on'] / m['off']:.2f} |")


if __name__ == "__main__":
    main()
