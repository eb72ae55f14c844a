/* b18_param_walk.c — a wrong extent delayc catches when the program runs, written blind (round 30). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define NBLK 5
#define BS 30

DELAYED void load(DELAYED_OUT_N(n) long *p, int n, long base) {
  for (int i = 0; i < n; i++) p[i] = base + i * i;
}

/* walks the parameter itself and counts the count down.
 * BUG: n-- >= 0 runs n + 1 times */
DELAYED long checksum(DELAYED_IN_N(n) const long *p, int n) {
  usleep(3000);
  long h = 0;
  while (n-- >= 0)
    h = (h * 131 + *p++) % 1000003;
  return h;
}

int main(void) {
  long *v = malloc(sizeof(long) * (NBLK * BS + 1));
  if (!v) return 1;
  for (int i = 0; i <= NBLK * BS; i++) v[i] = -5;
  long h[NBLK];
  load(v, BS, 0);
  for (int b = 0; b < NBLK; b++) {
    h[b] = checksum(v + b * BS, BS);
    if (b + 1 < NBLK) load(v + (b + 1) * BS, BS, 1000L * (b + 1));
  }
  for (int b = 0; b < NBLK; b++) printf("block %d checksum %ld\n", b, h[b]);
  free(v);
  return 0;
}
