/* bad_no_count.c — (runs in place) pointer parameters without counts: scale in place, axpy, dot product */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N 300000
#define NV 4

DELAYED void fill(double *v, int n, int seed) {
  unsigned s = (unsigned)seed * 2654435761u + 1u;
  for (int i = 0; i < n; i++) {
    s ^= s << 13;
    s ^= s >> 17;
    s ^= s << 5;
    v[i] = (double)(s % 10000u) / 5000.0 - 1.0;
  }
}

DELAYED void scale(double *v, int n, double f) {
  for (int i = 0; i < n; i++) v[i] *= f;
}

DELAYED void axpy(double a, const double *x, double *y, int n) {
  for (int i = 0; i < n; i++) y[i] += a * x[i];
}

DELAYED double dot(const double *a, const double *b, int n) {
  double s = 0.0;
  for (int i = 0; i < n; i++) s += a[i] * b[i];
  return s;
}

int main(void) {
  double *v[NV];
  for (int k = 0; k < NV; k++) {
    v[k] = malloc(N * sizeof(double));
    if (!v[k]) return 1;
  }
  for (int k = 0; k < NV; k++) fill(v[k], N, k + 1);
  for (int k = 0; k < NV; k++) scale(v[k], N, 1.0 / (k + 1));
  for (int k = 1; k < NV; k++) axpy(0.5, v[k - 1], v[k], N);
  double g[NV][NV];
  for (int a = 0; a < NV; a++)
    for (int b = 0; b < NV; b++) g[a][b] = dot(v[a], v[b], N);
  printf("Gram matrix:\n");
  for (int a = 0; a < NV; a++) {
    for (int b = 0; b < NV; b++) printf(" %14.6f", g[a][b]);
    printf("\n");
  }
  printf("v[3][12345]=%.12f\n", v[3][12345]);
  for (int k = 0; k < NV; k++) free(v[k]);
  return 0;
}
