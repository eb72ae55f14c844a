/* Divide and conquer with a cutoff (written blind, round 30's a09): the first half a task, the second inline, and below the cutoff a serial clone; lit: runtime/pthreads-targeted-wait.test. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define N 1024

/* in-place prefix max, divide and conquer; returns the max of the range */
DELAYED DELAYED_CUTOFF(n <= 128) int pmax(DELAYED_INOUT_N(n) int *p, int n) {
  if (n <= 128) {
    usleep(20000);   /* long enough for four leaves to overlap on a loaded machine */
    for (int i = 1; i < n; i++)
      if (p[i] < p[i - 1]) p[i] = p[i - 1];
    return p[n - 1];
  }
  int h = n / 2;
  int left = pmax(p, h);
  int right = pmax(p + h, n - h);
  return left > right ? left : right;
}

DELAYED DELAYED_CUTOFF(n <= 128) long rsum(DELAYED_IN_N(n) const int *p, int n) {
  if (n <= 128) {
    usleep(20000);   /* long enough for four leaves to overlap on a loaded machine */
    long s = 0;
    for (int i = 0; i < n; i++) s += p[i];
    return s;
  }
  int h = n / 2;
  return rsum(p, h) + rsum(p + h, n - h);
}

int main(void) {
  int *v = malloc(sizeof(int) * N);
  if (!v) return 1;
  unsigned s = 7u;
  for (int i = 0; i < N; i++) {
    s = s * 1664525u + 1013904223u;
    v[i] = (int)((s >> 10) % 100000);
  }
  int m = pmax(v, N);
  long t = rsum(v, N);
  printf("max %d sum %ld v[100] %d v[700] %d\n", m, t, v[100], v[700]);
  free(v);
  return 0;
}
