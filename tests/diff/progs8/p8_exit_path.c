/* exit() from inside a loop of tasks: tasks called before the exit (some print,
 * some write a global the atexit handler reads) must have run. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N 600
static long G[N];

DELAYED void fill(DELAYED_OUT_N(n) long *x, int n, long seed) {
  for (int r = 0; r < 20; r++)
    for (int i = 0; i < n; i++) x[i] = (seed * 11 + (long)i * 5 + r) % 4001;
}

DELAYED void report(DELAYED_IN_N(n) const long *x, int n, int id) {
  long s = 0;
  for (int i = 0; i < n; i++) s += x[i] * (i % 3);
  printf("report %d: %ld\n", id, s);
}

static void at_end(void) {
  long s = 0;
  for (int i = 0; i < N; i++) s = (s * 3 + G[i]) % 1000003;
  printf("at exit: %ld\n", s);
}

static void check(long v) {
  if (v % 5 == 3) {
    printf("leaving on %ld\n", v);
    exit(0);
  }
}

int main(void) {
  atexit(at_end);
  int w = N / 6;
  for (int i = 0; i < 6; i++) {
    fill(G + i * w, w, i + 1);
    report(G + i * w, w, i);
    if (i == 2) fill(G, w, 99);           /* pending when exit comes */
    check(i + G[0] % 2 + 1);
  }
  printf("not reached\n");
  return 0;
}
