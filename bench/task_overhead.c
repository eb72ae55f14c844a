/* task_overhead.c — per-task cost of libdelayc's pthreads scheduler
 * (delayc_task.h) beside OpenMP's tasks, on the same work: N independent tiny
 * tasks (one multiply-add into their own element), then a chain of N tasks on
 * one variable (every task depends on the previous one).
 *
 *   gcc -O2 -fopenmp -I runtime bench/task_overhead.c build/libdelayc.a -o task_overhead
 *   ./task_overhead [N] [RUNS]       # medians, ns per task; threads: OMP_NUM_THREADS
 *
 * Prints one line per (scheduler, pattern) with the median of RUNS. */
#define _POSIX_C_SOURCE 200809L
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "delayc_task.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int *in, *out;
static long chainVar;

typedef struct { int i; } Arg;
static void tiny(void *p) { int i = ((Arg *)p)->i; out[i] = in[i] * 3 + 1; }
static void link1(void *p) { (void)p; chainVar = chainVar * 3 + 1; }

static double pool_indep(int n) {
  double t0 = now();
  for (int i = 0; i < n; i++) {
    Arg a = { i };
    delayc_rt_dep d[] = { DELAYC_RT_DEP(DELAYC_RT_OUT, out[i]) };
    dct_spawn("tiny", __LINE__, tiny, &a, sizeof a, 1, d);
  }
  dct_wait();
  return now() - t0;
}

static double pool_chain(int n) {
  double t0 = now();
  delayc_rt_dep d[] = { DELAYC_RT_DEP(DELAYC_RT_INOUT, chainVar) };
  for (int i = 0; i < n; i++) dct_spawn("link", __LINE__, link1, NULL, 0, 1, d);
  dct_wait();
  return now() - t0;
}

static double omp_indep(int n) {
  double t0 = now();
#pragma omp parallel
#pragma omp single
  for (int i = 0; i < n; i++) {
#pragma omp task firstprivate(i) depend(out: out[i])
    out[i] = in[i] * 3 + 1;
  }
  return now() - t0;
}

static double omp_chain(int n) {
  double t0 = now();
#pragma omp parallel
#pragma omp single
  for (int i = 0; i < n; i++) {
#pragma omp task depend(inout: chainVar)
    chainVar = chainVar * 3 + 1;
  }
  return now() - t0;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 100000;
  int runs = argc > 2 ? atoi(argv[2]) : 7;
  in = calloc((size_t)n, sizeof *in);
  out = calloc((size_t)n, sizeof *out);
  double *t = calloc((size_t)runs, sizeof *t);
  if (!in || !out || !t) return 1;
  int nth = omp_get_max_threads();
  dct_start(nth);
  struct { const char *name; double (*fn)(int); } aCase[] = {
    { "openmp   independent", omp_indep }, { "pthreads independent", pool_indep },
    { "openmp   chain", omp_chain }, { "pthreads chain", pool_chain },
  };
  printf("N=%d, %d threads, median of %d runs\n", n, nth, runs);
  for (size_t c = 0; c < sizeof aCase / sizeof *aCase; c++) {
    aCase[c].fn(n / 10);   /* warm up */
    for (int r = 0; r < runs; r++) t[r] = aCase[c].fn(n);
    qsort(t, (size_t)runs, sizeof *t, cmp);
    printf("%-22s %9.4f s %9.1f ns per task\n", aCase[c].name, t[runs / 2], t[runs / 2] * 1e9 / n);
  }
  return 0;
}
