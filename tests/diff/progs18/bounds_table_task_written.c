/* bounds_table_task_written.c — a table of bounds a task rewrites between rounds (shift_bounds gets its address): a count read from it (bound[b + 1] - bound[b]) must not be taken at the spawn, where the task of the round before may not have run yet. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

#define N 240
#define NB 6

DELAYED void scale(DELAYED_INOUT_N(n) long *p, int n, long f) {
  for (int i = 0; i < n; i++) p[i] = p[i] * f + n;
  usleep(1000);
}

/* moves every inner bound by one element, back and forth */
DELAYED void shift_bounds(DELAYED_INOUT_N(n) int *bound, int n, int round) {
  usleep(3000);
  for (int b = 1; b < n - 1; b++) bound[b] += (round % 2 == 0) ? 3 : -1;
}

int main(void) {
  static long a[N];
  int bound[NB + 1];
  for (int i = 0; i < N; i++) a[i] = i % 7;
  for (int b = 0; b <= NB; b++) bound[b] = b * (N / NB);
  for (int round = 0; round < 4; round++) {
    for (int b = 0; b < NB; b++) scale(a + bound[b], bound[b + 1] - bound[b], round + 2);
    shift_bounds(bound, NB + 1, round);
  }
  long s = 0;
  for (int i = 0; i < N; i++) s = s * 31 + a[i];
  printf("%ld %d %d\n", s, bound[1], bound[NB - 1]);
  return 0;
}
