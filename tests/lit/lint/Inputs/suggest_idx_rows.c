/* A Jacobi sweep whose index is a macro, un[IDX(i, j)] (written blind, as
 * numerical code writes it). */
#include <stdio.h>
#include <stdlib.h>

#define NX 256
#define NY 512
#define IDX(i, j) ((i) * NY + (j))

static void sweep(const double *u, double *un, double alpha) {
  int i, j;
  double lap;
  for (i = 1; i < NX - 1; i++) {
    for (j = 1; j < NY - 1; j++) {
      lap = u[IDX(i + 1, j)] + u[IDX(i - 1, j)] + u[IDX(i, j + 1)] + u[IDX(i, j - 1)] - 4.0 * u[IDX(i, j)];
      for (int k = 0; k < 120; k++) lap = 0.5 * lap + 0.01 * (double)k;
      un[IDX(i, j)] = u[IDX(i, j)] + alpha * lap;
    }
  }
}

int main(void) {
  double *u = calloc(NX * NY, sizeof *u), *v = calloc(NX * NY, sizeof *v);
  if (!u || !v) return 1;
  for (int i = 0; i < NX * NY; i++) u[i] = (double)(i % 13);
  for (int s = 0; s < 4; s++) { sweep(u, v, 0.1); double *t = u; u = v; v = t; }
  double c = 0;
  for (int i = 0; i < NX * NY; i++) c += u[i] * (double)(i % 7);
  printf("%.4f\n", c);
  free(u); free(v);
  return 0;
}
