/* task_stats.c — DELAYC_STATS: how many tasks ran, and how many at once.
 *
 * Each task increments a counter of running tasks when it begins and
 * decrements it when it ends; the peak of that counter is kept with a CAS
 * loop.  At exit one line goes to stderr:
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
static atomic_long nRunning;   /* tasks begun and not yet ended */
static atomic_long nPeak;      /* largest value nRunning has had */

static void stats_report(void) {
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
  long n = atomic_fetch_add(&nRunning, 1) + 1;
  long p = atomic_load(&nPeak);
  while (n > p && !atomic_compare_exchange_weak(&nPeak, &p, n)) {
    /* p now holds the current peak; retry while ours is higher */
  }
}

void delayc_rt__stats_end(const char *name, int line) {
  (void)name;
  (void)line;
  atomic_fetch_sub(&nRunning, 1);
}

void delayc_rt__stats_read(long *pnTask, long *pnPeak) {
  *pnTask = atomic_load(&nTask);
  *pnPeak = atomic_load(&nPeak);
}
