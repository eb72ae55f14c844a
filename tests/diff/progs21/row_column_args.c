/* Pointers into a row of a 2-D array at a column, X[i] + j and &X[i][j]:
 * each half of a row filled by its own task, and a block that starts in the
 * middle of one row and runs into the next (its count past the row's end).
 * The readers of each row must wait for both writers of it.  These calls ran
 * serially ("reads a value a task may still be writing", "extent or aliasing
 * delayc cannot prove"); they are tasks on the rows they reach. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#define R 8
#define N 16
#define H (N / 2)

DELAYED void fill(DELAYED_OUT_N(n) double *p, int n, double v) {
  double s = 0;
  for (long k = 0; k < 4000000; k++) s += (double)(k % 7);   /* slow first */
  for (int j = 0; j < n; j++) p[j] = v + j + (s > 0 ? 0 : 1);
}

DELAYED double rsum(DELAYED_IN_N(n) const double *p, int n) {
  double s = 0;
  for (int j = 0; j < n; j++) s += p[j] * (j + 1);
  return s;
}

static double grid[R][N];

int main(void) {
  double (*heap)[N] = calloc(R, sizeof *heap);
  double s[R], t[R];
  for (int i = 0; i < R; i++) {
    fill(grid[i], H, i);                 /* first half */
    fill(grid[i] + H, H, 100 + i);       /* second half */
  }
  for (int i = 0; i < R; i += 2)
    fill(&heap[i][H], N, 10 * i);        /* from the middle of row i into row i + 1 */
  for (int i = 0; i < R; i += 2)
    fill(&heap[i][0], H, -i);
  for (int i = 0; i < R; i++) s[i] = rsum(grid[i], N);
  for (int i = 0; i < R; i++) t[i] = rsum(heap[i], N);
  for (int i = 0; i < R; i++) printf("row %d: %.1f %.1f\n", i, s[i], t[i]);
  free(heap);
  return 0;
}
