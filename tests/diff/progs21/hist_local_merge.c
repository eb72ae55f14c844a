/* Each task counts its block into a local histogram, then adds it to the global one in a short loop: atomic adds there, the tasks in parallel (blind round 42: a chain, peak 1) */
/* the advice followed: count into a local histogram, add it to the global once at the end.
   The merge loop (NH adds) is judged "a loop of little work per iteration": the tasks stay in a chain. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#define NB 8
#define L 2000000
#define NH 10
long hist[NH];

DELAYED void count_block(DELAYED_IN_N(n) const int *v, int n) {
  long loc[NH] = {0};
  for (int i = 0; i < n; i++) loc[v[i] % NH]++;
  for (int h = 0; h < NH; h++) hist[h] += loc[h];
}

int main(void) {
  int *data = malloc((size_t)NB * L * sizeof *data);
  for (int i = 0; i < NB * L; i++) data[i] = (int)((i * 2654435761u) >> 7);
  for (int k = 0; k < NB; k++) count_block(data + (size_t)k * L, L);
  for (int h = 0; h < NH; h++) printf("h%d %ld\n", h, hist[h]);
  free(data);
  return 0;
}
