/* An array of pointers where two slots alias the same row (chosen at run
   time): tasks on rows[i] for every i must keep order for the shared row. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void row_step(int *row, int n, int k) {
  for (int i = 0; i < n; i++) row[i] = row[i] * 2 + k;
}

DELAYED long row_sum(DELAYED_IN_N(n) const int *row, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += row[i];
  return s;
}

int main(int argc, char **argv) {
  (void)argv;
  enum { R = 5, N = 12 };
  int *rows[R];
  for (int r = 0; r < R; r++) {
    rows[r] = malloc(sizeof(int) * N);
    for (int i = 0; i < N; i++) rows[r][i] = r + i;
  }
  int *spare = rows[3];
  rows[3] = rows[argc];         /* rows[3] and rows[1] are the same row */
  for (int k = 0; k < 3; k++)
    for (int r = 0; r < R; r++)
      row_step(rows[r], N, r + k);
  long s[R];
  for (int r = 0; r < R; r++) s[r] = row_sum(rows[r], N);
  for (int r = 0; r < R; r++) printf("%ld ", s[r]);
  printf("%d\n", rows[1][N - 1]);
  for (int r = 0; r < R; r++) if (r != 3) free(rows[r]);
  free(spare);
  return 0;
}
