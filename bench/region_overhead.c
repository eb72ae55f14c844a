/* region_overhead.c — the cost of a run-time region dependency
 * (runtime/task_regions.c) beside a compile-time depend item, per spawn, on
 * the same work: N tiny tasks each writing its own element (disjoint regions:
 * no task waits), then N tasks each reading a window of 8 elements that
 * overlaps its two neighbours' writes (every task follows two writers).
 *
 *   gcc -O2 -fopenmp -I runtime bench/region_overhead.c build/libdelayc.a -o region_overhead
 *   ./region_overhead [N] [RUNS]     # medians, ns per task; threads: OMP_NUM_THREADS
 *
 * Prints one line per (dependency kind, pattern) with the median of RUNS,
 * and the runtime call alone (delayc_rt_region_task + done, no OpenMP). */
#define _POSIX_C_SOURCE 200809L
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "delayc_rt.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int *a;

static double plain_disjoint(int n) {
  double t0 = now();
  for (int i = 0; i < n; i++) {
    _Pragma("omp task firstprivate(i) depend(out: a[i])") a[i] = i * 3 + 1;
  }
  _Pragma("omp taskwait")
  return now() - t0;
}

static double region_disjoint(int n) {
  delayc_rt_regions *rg = 0;
  double t0 = now();
  for (int i = 0; i < n; i++) {
    int np;
    char **pt;
    char *rt = delayc_rt_region_task(&rg, 1, (const delayc_rt_region[]){ { &a[i], sizeof a[i], 1, 0, 0 } }, &np, &pt);
    _Pragma("omp task firstprivate(i, rt) depend(out: *rt) depend(iterator(int j = 0:np), in: *pt[j])")
    { a[i] = i * 3 + 1; delayc_rt_region_done(rt); }
  }
  _Pragma("omp taskwait")
  double t = now() - t0;
  delayc_rt_regions_free(&rg);
  return t;
}

/* as delayc emits it: no iterator clause when the task follows nobody */
static double region_disjoint_split(int n) {
  delayc_rt_regions *rg = 0;
  double t0 = now();
  for (int i = 0; i < n; i++) {
    int np;
    char **pt;
    char *rt = delayc_rt_region_task(&rg, 1, (const delayc_rt_region[]){ { &a[i], sizeof a[i], 1, 0, 0 } }, &np, &pt);
    if (np) {
      _Pragma("omp task firstprivate(i, rt) depend(out: *rt) depend(iterator(int j = 0:np), in: *pt[j])")
      { a[i] = i * 3 + 1; delayc_rt_region_done(rt); }
    } else {
      _Pragma("omp task firstprivate(i, rt) depend(out: *rt)")
      { a[i] = i * 3 + 1; delayc_rt_region_done(rt); }
    }
  }
  _Pragma("omp taskwait")
  double t = now() - t0;
  delayc_rt_regions_free(&rg);
  return t;
}

static double plain_windows(int n) {
  double t0 = now();
  for (int i = 0; i < n; i++) {
    if (i % 2 == 0) {
      _Pragma("omp task firstprivate(i) depend(out: a[i])") a[i] = i;
    } else {
      _Pragma("omp task firstprivate(i) depend(in: a[i - 1], a[i + 1 < n ? i + 1 : i])") a[i] = a[i - 1] + 1;
    }
  }
  _Pragma("omp taskwait")
  return now() - t0;
}

static double region_windows(int n) {
  delayc_rt_regions *rg = 0;
  double t0 = now();
  for (int i = 0; i < n; i++) {
    int np;
    char **pt;
    int lo = i >= 4 ? i - 4 : 0;
    delayc_rt_region r = i % 2 == 0 ? (delayc_rt_region){ &a[i], sizeof a[i], 1, 0, 0 }
                                   : (delayc_rt_region){ &a[lo], 8 * sizeof a[0], 0, 0, 0 };
    char *rt = delayc_rt_region_task(&rg, 1, &r, &np, &pt);
    _Pragma("omp task firstprivate(i, rt) depend(out: *rt) depend(iterator(int j = 0:np), in: *pt[j])")
    { if (i % 2 == 0) a[i] = i; else a[i] = a[i - 1] + 1; delayc_rt_region_done(rt); }
  }
  _Pragma("omp taskwait")
  double t = now() - t0;
  delayc_rt_regions_free(&rg);
  return t;
}

static double call_only(int n) {
  delayc_rt_regions *rg = 0;
  double t0 = now();
  for (int i = 0; i < n; i++) {
    int np;
    char **pt;
    char *rt = delayc_rt_region_task(&rg, 1, (const delayc_rt_region[]){ { &a[i], sizeof a[i], 1, 0, 0 } }, &np, &pt);
    delayc_rt_region_done(rt);
  }
  double t = now() - t0;
  delayc_rt_regions_free(&rg);
  return t;
}

static int cmp(const void *x, const void *y) {
  double p = *(const double *)x, q = *(const double *)y;
  return (p > q) - (p < q);
}

static void report(const char *what, double (*fn)(int), int n, int runs) {
  double *t = malloc((size_t)runs * sizeof *t);
  for (int r = 0; r < runs; r++) {
    double x = 0;
    _Pragma("omp parallel") _Pragma("omp single") x = fn(n);
    t[r] = x;
  }
  qsort(t, (size_t)runs, sizeof *t, cmp);
  printf("%-34s %8.0f ns/task\n", what, 1e9 * t[runs / 2] / n);
  free(t);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 200000, runs = argc > 2 ? atoi(argv[2]) : 5;
  a = calloc((size_t)n + 8, sizeof *a);
  printf("N = %d tasks, median of %d runs, %d threads\n", n, runs, omp_get_max_threads());
  report("depend item, disjoint", plain_disjoint, n, runs);
  report("run-time region, disjoint", region_disjoint, n, runs);
  report("run-time region, disjoint, split", region_disjoint_split, n, runs);
  report("depend items, overlapping windows", plain_windows, n, runs);
  report("run-time region, overlapping", region_windows, n, runs);
  report("region call alone (no task)", call_only, n, runs);
  free(a);
  return 0;
}
