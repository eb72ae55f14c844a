/* a11_ring.c — extents checked at compile time or when the program runs, right declarations, written blind (round 30). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define NRING 4
#define CAP 16

/* push count samples into a ring starting at head; return the new head */
DELAYED int ring_push(DELAYED_INOUT_N(cap) int *ring, int cap, int head, int count, int seed) {
  usleep(2000);
  for (int k = 0; k < count; k++) {
    ring[(head + k) % cap] += seed * (k + 1);
  }
  return (head + count) % cap;
}

/* average of the last m samples before head, walking backwards modulo cap */
DELAYED int ring_tail_avg(DELAYED_IN_N(cap) const int *ring, int cap, int head, int m) {
  usleep(2000);
  int s = 0, idx = head;
  while (m-- > 0) {
    idx = (idx + cap - 1) % cap;
    s += ring[idx];
  }
  return s;
}

int main(void) {
  int *rings = calloc(NRING * CAP, sizeof(int));
  if (!rings) return 1;
  int head[NRING] = {0, 3, 7, 15};
  for (int round = 0; round < 3; round++)
    for (int r = 0; r < NRING; r++)
      head[r] = ring_push(rings + r * CAP, CAP, head[r], 5 + r * 3, round * 10 + r + 1);
  int avg[NRING];
  for (int r = 0; r < NRING; r++)
    avg[r] = ring_tail_avg(rings + r * CAP, CAP, head[r], 6);
  for (int r = 0; r < NRING; r++) {
    printf("ring %d head %d tail %d :", r, head[r], avg[r]);
    for (int k = 0; k < CAP; k++) printf(" %d", rings[r * CAP + k]);
    printf("\n");
  }
  free(rings);
  return 0;
}
