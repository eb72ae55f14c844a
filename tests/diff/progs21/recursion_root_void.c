/* A recursion that returns nothing, started by main and then read by a loop:
 * `work(a, 0, N); for (...) s += a[i];`.  Spawned as a task that main then
 * waited for, the root could be taken by the other thread while main, in its
 * wait, could run only its own children (none): with libgomp, 8 runs of 10
 * ran every task on one thread (blind round 47a).  The root runs inline on
 * main's thread; its halves are the tasks. */
#define _DEFAULT_SOURCE   /* usleep */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define N (1 << 16)

DELAYED DELAYED_CUTOFF(hi - lo <= 1024) static void work(DELAYED_INOUT_RANGE(lo, hi) double *a, int lo, int hi) {
  if (hi - lo <= 1024) {
    usleep(2000);
    for (int i = lo; i < hi; i++) a[i] = a[i] * 0.5 + i % 3;
    return;
  }
  int mid = lo + (hi - lo) / 2;
  work(a, lo, mid);
  work(a, mid, hi);
}

int main(void) {
  double *a = malloc(N * sizeof *a), s = 0;
  if (!a) return 1;
  for (int i = 0; i < N; i++) a[i] = i % 7;
  work(a, 0, N);
  for (int i = 0; i < N; i++) s += a[i];
  printf("%.1f\n", s);
  free(a);
  return 0;
}
