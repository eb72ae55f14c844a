#!/usr/bin/env python3
"""dask_batching.py — bench/kernels/fine.c's loop (N independent calls of a small
function, out[i] = work(i)) through dask.delayed, beside delayc's automatic
batches (bench/run's fine rows): one task per item, as the loop reads, and the
batching Dask's best practices recommend ("Avoid too many tasks": a task per
batch of items), with the threaded scheduler on 2 workers and the synchronous
one.  Prints, per form, the median seconds of REPS runs and microseconds per
item; the plain Python loop is the reference.

Usage: dask_batching.py N ROUNDS BATCH REPS   (e.g. 20000 20 1000 3)"""
import statistics
import sys
import time

from dask import delayed


def work(i, rounds):
    x = float(i)
    for _ in range(rounds):
        x = x * 0.999 + 1.0
    return x


def work_batch(lo, hi, rounds):
    return sum(work(i, rounds) for i in range(lo, hi))


def plain(n, rounds, batch, sched):
    return sum(work(i, rounds) for i in range(n))


def per_item(n, rounds, batch, sched):
    parts = [delayed(work)(i, rounds) for i in range(n)]
    return delayed(sum)(parts).compute(scheduler=sched, num_workers=2)


def batched(n, rounds, batch, sched):
    parts = [delayed(work_batch)(lo, min(lo + batch, n), rounds) for lo in range(0, n, batch)]
    return delayed(sum)(parts).compute(scheduler=sched, num_workers=2)


def main():
    n, rounds, batch, reps = (int(a) for a in sys.argv[1:5])
    ref = None
    print(f"| form | scheduler | items | median s | us per item |")
    print(f"|---|---|---|---|---|")
    for name, fn, sched in (("python loop", plain, None), ("dask, a task per item", per_item, "threads"),
                            ("dask, a task per item", per_item, "sync"), (f"dask, batches of {batch}", batched, "threads"),
                            (f"dask, batches of {batch}", batched, "sync")):
        times = []
        for _ in range(reps):
            t0 = time.perf_counter()
            r = fn(n, rounds, batch, sched)
            times.append(time.perf_counter() - t0)
            if ref is None:
                ref = r
            elif abs(r - ref) > 1e-6 * abs(ref):
                print(f"{name}: WRONG result {r} (expected {ref})", file=sys.stderr)
        m = statistics.median(times)
        print(f"| {name} | {sched or '-'} | {n} | {m:.3f} | {m / n * 1e6:.2f} |", flush=True)


if __name__ == "__main__":
    main()
