/* b04_helper_past.c — a wrong extent delayc catches when the program runs, written blind (round 30). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define NBLK 5
#define BS 40

static double mean(const double *a, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += a[i];
  return s / n;
}

DELAYED void load(DELAYED_OUT_N(n) double *p, int n, int seed) {
  for (int i = 0; i < n; i++) p[i] = (double)((seed * 31 + i * 7) % 23);
}

/* BUG: the tail is n - h elements, the helper is given one more */
DELAYED double tail_mean(DELAYED_IN_N(n) const double *p, int n, int h) {
  usleep(3000);
  return mean(p + h, n - h + 1);
}

int main(void) {
  double *buf = malloc(sizeof(double) * (NBLK * BS + 1));
  if (!buf) return 1;
  for (int i = 0; i <= NBLK * BS; i++) buf[i] = 1000.0;
  double tm[NBLK];
  for (int b = 0; b < NBLK; b++) {
    load(buf + b * BS, BS, b + 1);
    tm[b] = tail_mean(buf + b * BS, BS, BS - 4);
  }
  for (int b = 0; b < NBLK; b++) printf("block %d tail mean %.6f\n", b, tm[b]);
  free(buf);
  return 0;
}
