/* ideal-4: 4.00 */
/* Results stored in a 2-D array: z[i][j] = f(x[i], y[j]) over a 6 x 6 grid, one
 * task per cell (15 ms).
 *   work: 36*15 = 540 ms; 36 unit tasks = 9 rounds on 4 workers = 135 ms;
 *   ideal = 4.00 */
#include <stdio.h>
#include "delayed.h"
#include "work.h"

#define NX 6
#define NY 6

DELAYED double potential(double x, double y) {
  work_ms(15);
  double r2 = x * x + y * y + 1.0;
  double v = 0.0;
  for (int k = 1; k <= 100; k++) v += 1.0 / (r2 + k);
  return v;
}

int main(void) {
  double x[NX], y[NY], z[NX][NY];
  for (int i = 0; i < NX; i++) x[i] = -1.0 + 0.4 * i;
  for (int j = 0; j < NY; j++) y[j] = -1.0 + 0.4 * j;

  for (int i = 0; i < NX; i++)
    for (int j = 0; j < NY; j++)
      z[i][j] = potential(x[i], y[j]);

  for (int i = 0; i < NX; i++) {
    for (int j = 0; j < NY; j++) printf(" %.5f", z[i][j]);
    printf("\n");
  }
  return 0;
}
