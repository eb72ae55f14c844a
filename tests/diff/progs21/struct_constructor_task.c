/* blind round 44: a task that sets up a struct (DELAYED_OUT Buf *) had its
 * members' regions read at the spawn from the uninitialised struct
 * (valgrind); a struct the task sets names no members' regions */
/* a "constructor" task: allocates the member and sets the count of a fresh (uninitialised) struct */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct {
  int n;
  double *d DELAYED_N(n);
} Buf;

DELAYED void build(DELAYED_OUT Buf *b, int n, double v) {
  b->n = n;
  b->d = malloc(sizeof(double) * n);
  for (int r = 0; r < 100; r++)
    for (int i = 0; i < n; i++) b->d[i] = v + i + r;
}

DELAYED double total(DELAYED_IN const Buf *b) {
  double s = 0;
  for (int i = 0; i < b->n; i++) s += b->d[i];
  return s;
}

int main(void) {
  Buf *bs = malloc(4 * sizeof(Buf));
  double t[4];
  for (int k = 0; k < 4; k++) build(&bs[k], 50000 + k, k);
  for (int k = 0; k < 4; k++) t[k] = total(&bs[k]);
  for (int k = 0; k < 4; k++) printf("%d %.1f\n", bs[k].n, t[k]);
  for (int k = 0; k < 4; k++) free(bs[k].d);
  free(bs);
  return 0;
}
