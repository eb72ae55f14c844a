/* power_iteration.c — power iteration: tasks compute row blocks of A*x each round, ordinary code normalizes and checks convergence */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N 1600
#define NB 8
#define RB (N / NB)
#define MAXIT 60

/* Matrix entries generated on the fly (too big to store on one node, say). */
static inline double entry(int i, int j) {
  int d = i > j ? i - j : j - i;
  return 1.0 / (1.0 + d) + ((i + j) % 3 == 0 ? 0.01 : 0.0);
}

DELAYED void matvec_rows(int r0, int nrows, DELAYED_IN_N(n) const double *x, int n, DELAYED_OUT_N(nrows) double *y) {
  for (int r = 0; r < nrows; r++) {
    double s = 0.0;
    for (int j = 0; j < n; j++) s += entry(r0 + r, j) * x[j];
    y[r] = s;
  }
}

int main(void) {
  double *x = malloc(N * sizeof *x), *y = malloc(N * sizeof *y);
  if (!x || !y) return 1;
  for (int i = 0; i < N; i++) x[i] = 1.0;
  double lambda = 0.0, prev = 0.0;
  int it;
  for (it = 1; it <= MAXIT; it++) {
    for (int b = 0; b < NB; b++) matvec_rows(b * RB, RB, x, N, y + b * RB);
    /* ordinary code between rounds: Rayleigh-like estimate, normalize, test convergence */
    double num = 0.0, den = 0.0, mx = 0.0;
    for (int i = 0; i < N; i++) {
      num += x[i] * y[i];
      den += x[i] * x[i];
      if (y[i] > mx) mx = y[i];
    }
    lambda = num / den;
    for (int i = 0; i < N; i++) x[i] = y[i] / mx;
    if (it % 3 == 0) printf("iter %2d: lambda=%.10f\n", it, lambda);
    double d = lambda - prev;
    if (d < 0) d = -d;
    if (d < 1e-11 * lambda) break;
    prev = lambda;
  }
  printf("converged after %d iterations: lambda=%.10f\n", it, lambda);
  printf("x[0]=%.10f x[N/2]=%.10f x[N-1]=%.10f\n", x[0], x[N / 2], x[N - 1]);
  free(x);
  free(y);
  return 0;
}
