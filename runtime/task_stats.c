/* task_stats.c — DELAYC_STATS: how many tasks ran, and how many at once.
 *
 * A thread that begins a task while running none increments a counter of
 * threads running tasks, and decrements it when it ends its outermost one;
 * the peak of that counter is kept with a CAS loop.  A task waiting for its
 * children (a taskwait inside a task) runs them on its own thread: counting
 * tasks instead of threads would count it with them, and exceed the number
 * of threads (fft: 21 on 2).  At exit one line goes to stderr:
 *
 *   delayc: tasks=N peak-concurrency=P
 *
 * Tests use it to check that work really ran in parallel without timing
 * anything.  Only C11 atomics: no OpenMP, no locks.
 */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#include "rt_internal.h"

static atomic_long nTask;      /* tasks begun so far */
static atomic_long nRunning;   /* threads inside a task */
static atomic_long nPeak;      /* largest value nRunning has had */
static _Thread_local int tDepth;   /* this thread's tasks begun and not yet ended */

static int bSilent;            /* another runtime prints the line (starpu_tasks.c: one per rank) */

void delayc_rt__stats_silence(void) { bSilent = 1; }

static void stats_report(void) {
  if (bSilent) return;
  fflush(stdout);   /* exit handlers run before stdio flushes: keep the program's output first */
  fprintf(stderr, "delayc: tasks=%ld peak-concurrency=%ld\n",
          atomic_load(&nTask), atomic_load(&nPeak));
}

void delayc_rt__stats_init(void) {
  atexit(stats_report);
}

void delayc_rt__stats_begin(const char *name, int line) {
  (void)name;
  (void)line;
  atomic_fetch_add(&nTask, 1);
  if (tDepth++ > 0) return;
  long n = atomic_fetch_add(&nRunning, 1) + 1;
  long p = atomic_load(&nPeak);
  while (n > p && !atomic_compare_exchange_weak(&nPeak, &p, n)) {
    /* p now holds the current peak; retry while ours is higher */
  }
}

void delayc_rt__stats_end(const char *name, int line) {
  (void)name;
  (void)line;
  if (tDepth > 0 && --tDepth == 0) atomic_fetch_sub(&nRunning, 1);
}

void delayc_rt__stats_read(long *pnTask, long *pnPeak) {
  *pnTask = atomic_load(&nTask);
  *pnPeak = atomic_load(&nPeak);
}
