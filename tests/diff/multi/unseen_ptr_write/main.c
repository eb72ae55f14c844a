/* unseen_ptr_write/main.c — area 2 (body not visible, writes through a pointer): DELAYED
 * `normalize_row` and `row_sum` are declared here without parameter annotations and
 * defined in rows.c; normalize_row rewrites the row it is given, row_sum only reads.
 * main prints the matrix and sums afterwards. */
#include <stdio.h>
#include "delayed.h"

#define R 4
#define C 5

DELAYED void normalize_row(long *row, int n); /* rows.c */
DELAYED long row_sum(const long *row, int n); /* rows.c */

int main(void) {
  long m[R][C];
  for (int i = 0; i < R; i++)
    for (int j = 0; j < C; j++)
      m[i][j] = (i + 1) * (j + 2) * 6;
  long before[R], after[R];
  for (int i = 0; i < R; i++) {
    before[i] = row_sum(m[i], C);
    normalize_row(m[i], C);
    after[i] = row_sum(m[i], C);
  }
  for (int i = 0; i < R; i++) {
    printf("row %d: sum %ld -> %ld:", i, before[i], after[i]);
    for (int j = 0; j < C; j++)
      printf(" %ld", m[i][j]);
    printf("\n");
  }
  return 0;
}
