/* b08_sentinel_walk.c — a wrong extent delayc catches when the program runs, written blind (round 30). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define NBLK 5
#define BS 20

DELAYED void load(DELAYED_OUT_N(n) int *p, int n, int seed) {
  for (int i = 0; i < n; i++) p[i] = ((seed + i) % 6 == 0 && seed != 3) ? 0 : 1 + (seed * 7 + i) % 9;
}

/* length and sum of the first run before a 0; BUG: no bound, block 3 has no 0 */
DELAYED int first_run(DELAYED_IN_N(n) const int *p, int n, DELAYED_OUT int *sum) {
  usleep(3000);
  (void)n;
  const int *q = p;
  int s = 0;
  while (*q != 0)
    s += *q++;
  *sum = s;
  return (int)(q - p);
}

int main(void) {
  int *buf = malloc(sizeof(int) * NBLK * BS);
  int *sums = malloc(sizeof(int) * NBLK);
  if (!buf || !sums) return 1;
  for (int i = 0; i < NBLK * BS; i++) buf[i] = (i % 5 == 4) ? 0 : 50;
  int len[NBLK];
  for (int b = 0; b < NBLK; b++) {
    load(buf + b * BS, BS, b);
    len[b] = first_run(buf + b * BS, BS, &sums[b]);
  }
  for (int b = 0; b < NBLK; b++) printf("block %d run %d sum %d\n", b, len[b], sums[b]);
  free(buf);
  free(sums);
  return 0;
}
