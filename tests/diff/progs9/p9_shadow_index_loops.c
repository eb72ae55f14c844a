/* An index variable shadowed in inner loops and blocks: the inner i picks
 * the element ordinary code touches between tasks indexed by the outer i. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void row_fill(DELAYED_OUT_N(n) int *r, int n, int i) {
  for (int j = 0; j < n; j++) {
    int v = i * n + j;
    for (int k = 0; k < 80; k++) v = (v * 11 + k) % 997;
    r[j] = v;
  }
}

DELAYED long row_sum(DELAYED_IN_N(n) const int *r, int n) {
  long s = 0;
  for (int j = 0; j < n; j++) s += r[j];
  return s;
}

DELAYED void row_seed(DELAYED_OUT_N(n) int *r, int n, int seed) {
  for (int j = 0; j < n; j++) {
    int v = seed + j;
    for (int k = 0; k < 5000; k++) v = (v * 13 + k) % 991;
    r[j] = v;
  }
}

int main(void) {
  int rows = 8, cols = 12;
  int *m = malloc(sizeof *m * (size_t)(rows * cols));
  long *rs = malloc(sizeof *rs * (size_t)rows);
  if (!m || !rs) return 1;
  int i = 3;
  for (int i = 0; i < rows; i++) {
    row_fill(m + i * cols, cols, i);
    if (i > 0) {
      int i = 1;                           /* shadows the loop index */
      m[i * cols + 2] += 1;                /* row 1 only, every time */
    }
    rs[i] = row_sum(m + i * cols, cols);
  }
  m[i * cols] = -7;                        /* row 3 (the outer i) */
  long t = row_sum(m + i * cols, cols);
  {
    int i = rows - 1;
    row_fill(m + i * cols, cols, 100);
    for (int i = 0; i < cols; i += 4) m[i] = i;   /* row 0 */
    rs[0] = row_sum(m, cols);
    rs[i] = row_sum(m + i * cols, cols);
  }
  long total = 0;
  for (int i = 0; i < rows; i++) total += rs[i];
  printf("t=%ld total=%ld m[cols+2]=%d\n", t, total, m[cols + 2]);
  for (int i = 0; i < rows; i++) printf("rs[%d]=%ld\n", i, rs[i]);
  /* rows of a second matrix, each seeded by the previous row's first value,
   * while that value is set; this loop's i shadows the outer i */
  int *w = malloc(sizeof *w * (size_t)(rows * cols));
  if (!w) return 1;
  for (int j = 0; j < rows * cols; j++) w[j] = -1;
  w[0] = 1;
  int made = 0;
  for (int i = 1; i < rows && w[(i - 1) * cols] >= 0; i++) {
    row_seed(w + i * cols, cols, w[(i - 1) * cols]);
    made++;
  }
  printf("made=%d last=%d\n", made, w[(rows - 1) * cols]);
  free(w);
  free(m);
  free(rs);
  return 0;
}
