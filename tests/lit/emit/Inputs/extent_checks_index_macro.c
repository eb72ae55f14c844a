/* Index macros: a use of a parameter written as one use of a user's macro,
 * AT(t, i, j) or GET(m, i, j) (a macro of a macro), and a pointer argument
 * &AT(A, i, j) at the call.  With BAD_EXTENT, fill_tile declares one row
 * less than it writes. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define AT(m, i, j) (m)[(i) * (ld) + (j)]
#define IDX(i, j) ((i) * ld + (j))
#define GET(m, i, j) (m)[IDX(i, j)]
#define NB 4
#define TS 192
#define NN (NB * TS)

#ifdef BAD_EXTENT
DELAYED void fill_tile(DELAYED_OUT_2D(ts - 1, ts, ld) double *t, int ts, int ld, int seed) {
#else
DELAYED void fill_tile(DELAYED_OUT_2D(ts, ts, ld) double *t, int ts, int ld, int seed) {
#endif
  for (int i = 0; i < ts; i++)
    for (int j = 0; j < ts; j++) AT(t, i, j) = (double)((seed * 31 + i * 7 + j * 3) % 17) - 8.0;
}

/* AT again, as another header might define it; and one macro passing its
 * use on to another */
#undef AT
#define AT(m, i, j) ((m)[(i) * (ld) + (j)])
#define CELL(m, i, j) GET(m, i, j)

/* the neighbours' rows, clamped by a table: checked when it runs */
DELAYED double tile_sum(DELAYED_IN_2D(ts, ts, ld) const double *t, int ts, int ld, const int *rowmap) {
  double s = 0;
  for (int i = 0; i < ts; i++)
    for (int j = 0; j < ts; j++) s += GET(t, rowmap[i], j) * (double)(1 + (i + j) % 5) + CELL(t, i, j) - AT(t, i, j);
  return s;
}

int main(void) {
  const int ld = NN;
  double *A = malloc(sizeof(double) * NN * NN);
  static int rowmap[TS];
  if (!A) return 1;
  for (int i = 0; i < TS; i++) rowmap[i] = (i * 5) % TS;
  for (int bi = 0; bi < NB; bi++)
    for (int bj = 0; bj < NB; bj++) fill_tile(&AT(A, bi * TS, bj * TS), TS, ld, bi * NB + bj);
  double part[NB * NB];
  for (int bi = 0; bi < NB; bi++)
    for (int bj = 0; bj < NB; bj++) part[bi * NB + bj] = tile_sum(&AT(A, bi * TS, bj * TS), TS, ld, rowmap);
  double total = 0;
  for (int k = 0; k < NB * NB; k++) total += part[k];
  printf("%.1f\n", total);
  free(A);
  return 0;
}
