#!/usr/bin/env python3
"""dask_overhead.py — the task-overhead workloads of bench/kernels/tiny.c and
chain.c written with dask.delayed: N independent tiny tasks, and a chain of N
dependent ones.  Prints one line per (workload, scheduler):

    dask WORKLOAD SCHEDULER N SECONDS US_PER_TASK

SECONDS covers building the graph and computing it (what a Dask user pays per
task); the median of REPS runs.  Usage: dask_overhead.py N_TINY N_CHAIN REPS"""
import statistics
import sys
import time

import dask
from dask import delayed


def tiny(x):
    return x * 3 + 1


def step(x):
    return (x * 7 + 3) % 1000003


def run_tiny(n, scheduler):
    parts = [delayed(tiny)(i % 1000) for i in range(n)]
    total = delayed(sum)(parts)
    return total.compute(scheduler=scheduler, num_workers=2)


def run_chain(n, scheduler):
    x = 1
    for _ in range(n):
        x = delayed(step)(x)
    return x.compute(scheduler=scheduler, num_workers=2)


def main():
    n_tiny = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    n_chain = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    # a long chain is a deep graph: Dask's sync scheduler recurses along it
    sys.setrecursionlimit(max(10000, 4 * n_chain))
    expect_tiny = sum(tiny(i % 1000) for i in range(n_tiny))
    x = 1
    for _ in range(n_chain):
        x = step(x)
    expect_chain = x
    for name, fn, n, expect in (("tiny", run_tiny, n_tiny, expect_tiny),
                                ("chain", run_chain, n_chain, expect_chain)):
        for sched in ("threads", "sync"):
            times = []
            for _ in range(reps):
                t0 = time.perf_counter()
                got = fn(n, sched)
                times.append(time.perf_counter() - t0)
                if got != expect:
                    sys.exit(f"dask_overhead: {name}/{sched}: got {got}, expected {expect}")
            med = statistics.median(times)
            print(f"dask {name} {sched} {n} {med:.6f} {1e6 * med / n:.2f}", flush=True)
    print(f"dask-version {dask.__version__}")


if __name__ == "__main__":
    main()
