/* Tasks on elements of a block a global pointer holds, `&parts[i]` (blind
 * round 46a pic): `&parts[i]` was taken for the address of the global
 * `parts` itself, so reading `parts` at each spawn waited for every task on
 * memory: peak 1.  The tasks run together now; ordinary code reading the
 * block, and a function that moves the global pointer, still wait. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { double x, v; } part;
static part *parts;
static part *spare;

DELAYED void push(long n, DELAYED_INOUT_N(n) part *p, double dt) {
  for (long k = 0; k < n; k++) {
    for (int r = 0; r < 40; r++) p[k].v += dt * (p[k].x - 0.5) * 1e-3;
    p[k].x += dt * p[k].v;
  }
}

static void swap_blocks(void) { part *t = parts; parts = spare; spare = t; }

int main(void) {
  long n = 200000, b = 20000, i;
  parts = malloc(sizeof(part) * n);
  spare = malloc(sizeof(part) * n);
  for (i = 0; i < n; i++) { parts[i].x = (double)(i % 1000) / 1000.0; parts[i].v = 0; spare[i] = parts[i]; }
  for (int s = 0; s < 3; s++)
    for (i = 0; i < n; i += b) push(b, &parts[i], 0.01);
  double mid = parts[n / 2].x;                  /* waits for the task on that block */
  swap_blocks();                                /* the other block from here on */
  for (i = 0; i < n; i += b) push(b, parts + i, 0.02);
  double sum = 0;
  for (i = 0; i < n; i += 7) sum += parts[i].x + spare[i].x;
  printf("%.10f %.10f\n", mid, sum);
  free(parts);
  free(spare);
  return 0;
}
