/* b11_ring_mod.c — a wrong extent delayc catches when the program runs, written blind (round 30). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define NRING 4
#define CAP 10

/* BUG: wraps modulo cap + 1, so slot cap (the next ring's slot 0) is written */
DELAYED int ring_push(DELAYED_INOUT_N(cap) int *ring, int cap, int head, int count, int val) {
  usleep(2000 + 500 * (val % 3));
  int i = 0;
  while (i < count) {
    ring[(head + i) % (cap + 1)] = val + i;
    i++;
  }
  return (head + count) % (cap + 1);
}

int main(void) {
  int *rings = malloc(sizeof(int) * (NRING * CAP + 1));
  if (!rings) return 1;
  for (int i = 0; i <= NRING * CAP; i++) rings[i] = -1;
  int head[NRING];
  for (int r = 0; r < NRING; r++) head[r] = 4 + r;
  for (int round = 0; round < 2; round++)
    for (int r = 0; r < NRING; r++)
      head[r] = ring_push(rings + r * CAP, CAP, head[r], 6, 100 * (r + 1) + 10 * round);
  for (int r = 0; r < NRING; r++) {
    printf("ring %d head %d:", r, head[r]);
    for (int k = 0; k < CAP; k++) printf(" %d", rings[r * CAP + k]);
    printf("\n");
  }
  free(rings);
  return 0;
}
