/* results_2d.c — results stored in elements of local arrays of two and three
 * dimensions (`z[i][j] = f(...)`): each task names its element as a run-time
 * region; ordinary code reading an element, a row, or the whole array waits
 * for exactly the tasks that write it, and a task reading a row (a pointer to
 * it) follows the row's writers. */
#include <stdio.h>
#include "delayed.h"

DELAYED double pot(double x, double y) {
  double v = 0;
  for (int k = 1; k <= 50; k++) v += 1.0 / (x * x + y * y + k);
  return v;
}

DELAYED double row_sum(DELAYED_IN_N(n) const double *r, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += r[i] * (i + 1);
  return s;
}

DELAYED int cell(int a, int b, int c) { return a * 100 + b * 10 + c; }

int main(void) {
  double z[5][7];
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 7; j++) z[i][j] = pot(i * 0.3, j * 0.2);
  double first = z[2][3];                       /* one element */
  double sums[5];
  for (int i = 0; i < 5; i++) sums[i] = row_sum(z[i], 7);
  for (int j = 0; j < 7; j++) z[1][j] = pot(j, 1.0);   /* rewrite a row after its reader */
  double again = row_sum(z[1], 7);

  int cube[3][4][2];
  for (int a = 0; a < 3; a++)
    for (int b = 0; b < 4; b++)
      for (int c = 0; c < 2; c++) cube[a][b][c] = cell(a, b, c);
  long t = 0;
  for (int a = 0; a < 3; a++)
    for (int b = 0; b < 4; b++) t += cube[a][b][0] - cube[a][b][1];

  delayed_compute(again);
  printf("first=%.6f again=%.6f t=%ld\n", first, again, t);
  for (int i = 0; i < 5; i++) printf("%.6f\n", sums[i]);
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 7; j++) printf("%.4f%c", z[i][j], j == 6 ? '\n' : ' ');
  return 0;
}
