/* A 2-D heat equation solved by Jacobi iteration, with a static scratch grid,
 * a global step counter and small functions called in big loops.  Ordinary
 * C: no annotations, so nothing to report. */
#include <math.h>
#include <stdio.h>

#define NX 128
#define NY 128

typedef double grid[NY][NX];

static grid scratch;
int iterations;

static double stencil(const grid g, int y, int x) {
  return 0.25 * (g[y - 1][x] + g[y + 1][x] + g[y][x - 1] + g[y][x + 1]);
}

static double sweep(grid g) {
  double change = 0.0;
  for (int y = 1; y < NY - 1; y++)
    for (int x = 1; x < NX - 1; x++)
      scratch[y][x] = stencil((const double (*)[NX])g, y, x);
  for (int y = 1; y < NY - 1; y++)
    for (int x = 1; x < NX - 1; x++) {
      change = fmax(change, fabs(scratch[y][x] - g[y][x]));
      g[y][x] = scratch[y][x];
    }
  iterations++;
  return change;
}

static void boundary(grid g, double hot) {
  for (int x = 0; x < NX; x++) {
    g[0][x] = hot;
    g[NY - 1][x] = 0.0;
  }
  for (int y = 0; y < NY; y++) {
    g[y][0] = 0.0;
    g[y][NX - 1] = 0.0;
  }
}

static double mean_of(const double *v, int n) {
  static int calls;
  calls++;
  double s = 0.0;
  for (int i = 0; i < n; i++)
    s += v[i];
  return n ? s / n : 0.0;
}

int main(void) {
  static grid g;
  boundary(g, 100.0);
  double change;
  do {
    change = sweep(g);
  } while (change > 1e-3 && iterations < 5000);
  double row_means[NY];
  for (int y = 0; y < NY; y++)
    row_means[y] = mean_of(g[y], NX);
  printf("%d iterations, centre %.4f, mean of row 1 %.4f\n", iterations, g[NY / 2][NX / 2],
         row_means[1]);
  return 0;
}
