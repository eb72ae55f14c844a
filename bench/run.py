#!/usr/bin/env python3
"""run.py — runs the benchmarks that bench/run built and prints the tables.

For each kernel and compiler it runs the three forms (serial, hand-written
OpenMP, delayc's output) in alternating order REPS times, checks that the hand
and delayc forms print exactly what the serial form prints, and reports medians
of the time each program measures itself (its "time S" line on stderr) and of
its peak RSS (wait4's ru_maxrss).  Then the per-task overhead of the tiny and
chain kernels next to Dask's, and the tool-speed table (bench/toolspeed.py).

Usage: run.py --out DIR --compilers gcc,clang [--reps N] [--quick] [--only k1,k2]
              [--no-dask] [--no-tool] [--threads N] [--md FILE]"""
import argparse
import datetime
import os
import platform
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# name: (full-size args, --quick args, coarse?[, executable when not the name])
# coarse kernels carry the 1.8x target
KERNELS = {
    "fib":      (["41"], ["35"], True),
    "nqueens":  (["13"], ["11"], True),
    "sparselu": (["40"], ["20"], True),
    "matmul":   (["10"], ["6"], True),
    "msort":    (["8000000"], ["1000000"], True),
    "jacobi":   (["8", "100"], ["8", "20"], True),
    "seed":     (["200000"], ["50000"], False),
    "tiny":     (["1000000"], ["200000"], False),
    "chain":    (["200000"], ["50000"], False),
    # one small DELAYED call per element, batched by delayc (issue 17): ~70 ns,
    # ~1 us and ~5 us per call (fine.c's second argument: rounds of work)
    "fine":     (["2000000", "100"], ["500000", "100"], False),
    "fine_1us": (["200000", "1500"], ["50000", "1500"], False, "fine"),
    "fine_5us": (["40000", "7500"], ["10000", "7500"], False, "fine"),
    "mapsum":   (["1000000"], ["250000"], False),
    "quadmm":   (["1024"], ["512"], True),
    # BOTS's kernels as a user annotates them (bench/kernels/bots_*.c, written blind)
    "bots_nqueens":  (["13"], ["11"], True),
    "bots_fft":      (["23"], ["20"], True),
    "bots_sort":     (["16777216"], ["2097152"], True),
    "bots_sparselu": (["50"], ["20"], True),
}
FORMS = ("serial", "hand", "delayc")


def run_once(exe, args, env, timeout):
    """(seconds the program measured, stdout, peak RSS in KiB, error or None)"""
    try:
        p = subprocess.Popen([exe] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    except OSError as e:
        return None, "", 0, str(e)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        return None, "", 0, f"timed out after {timeout} s"
    if p.returncode != 0:
        sig = -p.returncode if p.returncode < 0 else 0
        return None, out.decode(errors="replace"), 0, f"signal {sig}" if sig else f"exit {p.returncode}"
    t = None
    for line in err.decode(errors="replace").splitlines():
        if line.startswith("time "):
            t = float(line.split()[1])
    if t is None:
        return None, out.decode(errors="replace"), 0, "no time line"
    return t, out.decode(errors="replace"), 0, None


def run_rss(rss, exe, args, env, timeout):
    """run once under the rss helper: this child's own peak RSS in KiB, or None"""
    try:
        r = subprocess.run([rss, exe] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           env=env, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if r.returncode != 0:
        return None
    for line in r.stderr.decode(errors="replace").splitlines():
        if line.startswith("rss "):
            return int(line.split()[1])
    return None


def med(xs):
    return statistics.median(xs) if xs else None


def fmt(x, spec=".3f"):
    return "—" if x is None else format(x, spec)


def machine_line():
    cpu = "unknown cpu"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def compiler_version(cc):
    try:
        return subprocess.run([cc, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    except (OSError, IndexError):
        return cc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--compilers", default="gcc,clang")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--only", default="")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--no-tool", action="store_true")
    ap.add_argument("--dask-python", default="/usr/bin/python3")
    ap.add_argument("--delayc", default="")
    ap.add_argument("--rss", default="")
    ap.add_argument("--md", default="")
    a = ap.parse_args()

    names = [k for k in KERNELS if not a.only or k in a.only.split(",")]
    ccs = [c for c in a.compilers.split(",") if c]
    env = dict(os.environ, OMP_NUM_THREADS=str(a.threads))
    env.pop("DELAYC_STATS", None)
    timeout = 120 if a.quick else 600
    md = []

    def out(line=""):
        print(line, flush=True)
        md.append(line)

    out(f"machine: {machine_line()}")
    out(f"date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}")
    for cc in ccs:
        out(f"{cc}: {compiler_version(cc)}")
    out(f"threads: {a.threads}; repetitions: {a.reps} (alternating serial, hand, delayc); "
        f"sizes: {'quick' if a.quick else 'full'}")
    out()
    out("| kernel | compiler | serial s | hand s | delayc s | delayc/hand | speedup hand | speedup delayc | "
        "RSS serial MiB | RSS hand MiB | RSS delayc MiB | check |")
    out("|---|---|---|---|---|---|---|---|---|---|---|---|")
    results = {}
    for k in names:
        full, quick, coarse = KERNELS[k][:3]
        exe = KERNELS[k][3] if len(KERNELS[k]) > 3 else k   # a kernel run with other arguments
        args = quick if a.quick else full
        for cc in ccs:
            d = os.path.join(a.out, cc)
            times = {f: [] for f in FORMS}
            errors = {}
            ref = None
            for rep in range(a.reps):
                order = FORMS if rep % 2 == 0 else FORMS[::-1]
                for f in order:
                    if f in errors:
                        continue
                    t, so, _, err = run_once(os.path.join(d, f"{exe}.{f}"), args, env, timeout)
                    if err:
                        errors[f] = err
                        continue
                    if f == "serial" and ref is None:
                        ref = so
                    if ref is not None and f != "serial" and so != ref:
                        errors[f] = "WRONG output"
                        continue
                    times[f].append(t)
            rss = {}
            for f in FORMS:
                if f not in errors:
                    r = run_rss(os.path.join(d, "rss"), os.path.join(d, f"{exe}.{f}"), args, env, timeout)
                    rss[f] = None if r is None else r / 1024.0
            m = {f: med(times[f]) for f in FORMS}
            results[(k, cc)] = (m, errors, args)
            ratio = m["delayc"] / m["hand"] if m["delayc"] and m["hand"] else None
            sp_h = m["serial"] / m["hand"] if m["serial"] and m["hand"] else None
            sp_d = m["serial"] / m["delayc"] if m["serial"] and m["delayc"] else None
            check = "ok" if not errors else "; ".join(f"{f}: {e}" for f, e in errors.items())
            flag = ""
            if ratio is not None and ratio > 1.05:
                flag = " (>1.05)"
            out(f"| {k} {' '.join(args)} | {cc} | {fmt(m['serial'])} | {fmt(m['hand'])} | {fmt(m['delayc'])} | "
                f"{fmt(ratio, '.2f')}{flag} | {fmt(sp_h, '.2f')} | {fmt(sp_d, '.2f')} | "
                f"{fmt(rss.get('serial'), '.1f')} | {fmt(rss.get('hand'), '.1f')} | {fmt(rss.get('delayc'), '.1f')} | {check} |")
    out()

    # per-task overhead: (parallel - serial) / number of tasks
    over = [(k, cc) for (k, cc) in results if k in ("tiny", "chain")]
    dask_lines = []
    if not a.no_dask and over:
        n_tiny = 20000 if not a.quick else 5000
        n_chain = 5000 if not a.quick else 1000
        try:
            r = subprocess.run([a.dask_python, os.path.join(HERE, "dask_overhead.py"), str(n_tiny),
                                str(n_chain), str(max(1, min(a.reps, 3)))],
                               capture_output=True, text=True, env=dict(env, OMP_NUM_THREADS="1"),
                               timeout=1800)
            dask_lines = r.stdout.splitlines()
            if r.returncode != 0:
                out(f"dask: failed: {r.stderr.strip().splitlines()[-1] if r.stderr.strip() else r.returncode}")
        except (OSError, subprocess.TimeoutExpired) as e:
            out(f"dask: not run: {e}")
    if over:
        out("Per-task overhead, µs per task ((form - serial) / tasks; Dask: graph build + compute / tasks):")
        out()
        out("| workload | tasks | delayc (gcc) | hand (gcc) | delayc (clang) | hand (clang) | "
            "Dask threads | Dask sync | Dask threads / delayc |")
        out("|---|---|---|---|---|---|---|---|---|")
        dask = {}
        dask_version = ""
        for line in dask_lines:
            p = line.split()
            if p and p[0] == "dask" and len(p) == 6:
                dask[(p[1], p[2])] = (int(p[3]), float(p[5]))
            if p and p[0] == "dask-version":
                dask_version = p[1]
        ntasks = {"tiny": 1, "chain": 1}
        for k in ("tiny", "chain"):
            row = {}
            ntask = None
            for cc in ("gcc", "clang"):
                if (k, cc) not in results:
                    continue
                m, errors, args = results[(k, cc)]
                ntask = int(args[0])
                for f in ("delayc", "hand"):
                    if m[f] is not None and m["serial"] is not None:
                        row[(f, cc)] = 1e6 * (m[f] - m["serial"]) / ntask
            if ntask is None:
                continue
            ntasks[k] = ntask
            dt = dask.get((k, "threads"))
            ds = dask.get((k, "sync"))
            best = row.get(("delayc", "gcc")) or row.get(("delayc", "clang"))
            vs = dt[1] / best if dt and best and best > 0 else None
            out(f"| {k} | {ntask} (Dask: {dt[0] if dt else '—'}) | {fmt(row.get(('delayc', 'gcc')), '.3f')} | "
                f"{fmt(row.get(('hand', 'gcc')), '.3f')} | {fmt(row.get(('delayc', 'clang')), '.3f')} | "
                f"{fmt(row.get(('hand', 'clang')), '.3f')} | {fmt(dt[1] if dt else None, '.1f')} | "
                f"{fmt(ds[1] if ds else None, '.1f')} | {fmt(vs, '.0f')}× |")
        if dask_version:
            out()
            out(f"Dask {dask_version} (Debian python3-dask), num_workers=2.")
        out()

    if not a.no_tool and a.delayc:
        r = subprocess.run([sys.executable, os.path.join(HERE, "toolspeed.py"), "--delayc", a.delayc,
                            "--work", os.path.join(a.out, "toolspeed"), "--reps", str(max(3, min(a.reps, 5))), "--rss", a.rss]
                           + (["--quick"] if a.quick else []), capture_output=True, text=True)
        for line in r.stdout.splitlines():
            out(line)
        if r.returncode != 0:
            out(f"toolspeed: failed: {r.stderr.strip()}")

    if a.md:
        with open(a.md, "w") as f:
            f.write("\n".join(md) + "\n")


if __name__ == "__main__":
    main()
