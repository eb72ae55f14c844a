/* b12_dnc_leaf.c — a wrong extent delayc catches when the program runs, written blind (round 30). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define NBLK 4
#define BS 512

DELAYED void fill(DELAYED_OUT_N(n) int *p, int n, int seed) {
  unsigned s = (unsigned)seed * 2654435761u;
  p[0] = 990 + seed;                    /* header: larger than any sample */
  for (int i = 1; i < n; i++) {
    s = s * 1103515245u + 12345u;
    p[i] = (int)((s >> 12) % 900);
  }
}

/* count descents p[i] > p[i+1]; BUG in the leaf: the last i reads p[n] */
DELAYED DELAYED_CUTOFF(n <= 128) int descents(DELAYED_IN_N(n) const int *p, int n) {
  if (n <= 128) {
    usleep(2000);
    int c = 0, i = 0;
    while (i < n) {
      if (p[i] > p[i + 1]) c++;
      i++;
    }
    return c;
  }
  int h = n / 2;
  return descents(p, h) + descents(p + h, n - h);
}

int main(void) {
  int *a = malloc(sizeof(int) * (NBLK * BS + 1));
  if (!a) return 1;
  for (int i = 0; i <= NBLK * BS; i++) a[i] = -1;
  int d[NBLK];
  fill(a, BS, 1);
  for (int b = 0; b < NBLK; b++) {     /* pipeline: count block b, prepare block b + 1 */
    d[b] = descents(a + b * BS, BS);
    if (b + 1 < NBLK) fill(a + (b + 1) * BS, BS, b + 2);
  }
  for (int b = 0; b < NBLK; b++) printf("block %d descents %d\n", b, d[b]);
  int e[NBLK];
  for (int b = 0; b < NBLK; b++) e[b] = descents(a + b * BS, BS);
  for (int b = 0; b < NBLK; b++) printf("block %d descents after fill %d\n", b, e[b]);
  free(a);
  return 0;
}
