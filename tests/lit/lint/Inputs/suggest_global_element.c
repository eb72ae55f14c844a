/* Legacy code storing each tile's result into a global array: a static one
 * and a 2D one of the file's (blind rounds 48a, 50a: suggest split the loop
 * into a temporary array, emit kept such stores serial). */
#include <stdio.h>
#include <math.h>
#define NT 16
#define TS 20000
static double stats[NT];
double corner[4][NT / 4];
static double data[NT * TS];

double tile_stat(const double *d, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += sqrt(d[i] * d[i] + 1.0) * sin(d[i]);
  return s;
}

int main(void) {
  for (int i = 0; i < NT * TS; i++) data[i] = (i % 97) * 0.01;
  for (int t = 0; t < NT; t++) stats[t] = tile_stat(&data[t * TS], TS);
  for (int q = 0; q < 4; q++)
    for (int t = 0; t < NT / 4; t++) corner[q][t] = tile_stat(&data[(q * 4 + t) * TS], TS / 2);
  stats[3] += 1.0;
  double tot = 0;
  for (int t = 0; t < NT; t++) tot += stats[t] + corner[t % 4][t / 4];
  printf("%.6f\n", tot);
  return 0;
}
