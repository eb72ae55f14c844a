/* Loops that spawn nothing but read earlier results (sums, prints), nested
 * inside loops that spawn. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED double term(int i, int j) {
  double s = 0;
  for (int k = 1; k < 2000; k++) s += 1.0 / (double)(k * (i + 1) + j);
  return s;
}

DELAYED void row(DELAYED_OUT_N(n) double *r, int n, int i) {
  for (int j = 0; j < n; j++) {
    double s = 0;
    for (int k = 1; k < 500; k++) s += (double)((i + j + k) % 5) / k;
    r[j] = s;
  }
}

int main(void) {
  int n = 6;
  double *res = malloc(sizeof *res * (size_t)(n * n));
  double *rows = malloc(sizeof *rows * (size_t)(n * n));
  if (!res || !rows) return 1;
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < n; j++) res[i * n + j] = term(i, j);
    row(rows + i * n, n, i);
    double partial = 0;
    for (int j = 0; j <= i; j++) partial += res[j * n + i];   /* reads only */
    printf("i=%d partial=%.6f\n", i, partial);
    if (i % 2 == 1) {
      for (int k = 0; k < n; k++) {
        double acc = 0;
        for (int j = 0; j < n; j++) acc += rows[(i - 1) * n + j] * (k + 1);
        printf("  k=%d acc=%.6f\n", k, acc);
      }
    }
  }
  double grand = 0;
  for (int i = 0; i < n * n; i++) grand += res[i] + rows[i];
  printf("grand=%.6f\n", grand);
  /* more rows while the previous row starts above a threshold */
  double *more = malloc(sizeof *more * (size_t)(n * n));
  if (!more) return 1;
  for (int i = 0; i < n * n; i++) more[i] = -1.0;
  more[0] = 1.0;
  int added = 0;
  for (int i = 1; i < n && more[(i - 1) * n] > 0.5; i++) {
    row(more + i * n, n, i + 2);
    added++;
  }
  printf("added=%d\n", added);
  free(more);
  free(res);
  free(rows);
  return 0;
}
