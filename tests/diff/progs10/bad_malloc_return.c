/* bad_malloc_return.c — (not allowed on a cluster) tasks return malloc'd series that later tasks read; must still print the serial answer */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define NSER 6
#define LEN 100000

/* Generate a series on the heap and hand back the pointer (Dask users return arrays). */
DELAYED double *make_series(int id, int n) {
  double *s = malloc((size_t)n * sizeof *s);
  if (!s) exit(2);
  double x = 0.1 + 0.05 * id;
  for (int i = 0; i < n; i++) {
    for (int k = 0; k < 4; k++) x = 3.9 * x * (1.0 - x);
    s[i] = x;
  }
  return s;
}

DELAYED double autocorr(DELAYED_IN_N(n) const double *s, int n, int lag) {
  double m = 0.0, num = 0.0, den = 0.0;
  for (int i = 0; i < n; i++) m += s[i];
  m /= n;
  for (int i = 0; i + lag < n; i++) num += (s[i] - m) * (s[i + lag] - m);
  for (int i = 0; i < n; i++) den += (s[i] - m) * (s[i] - m);
  return num / den;
}

int main(void) {
  double *series[NSER];
  double ac1[NSER], ac5[NSER];
  for (int i = 0; i < NSER; i++) series[i] = make_series(i, LEN);
  for (int i = 0; i < NSER; i++) {
    ac1[i] = autocorr(series[i], LEN, 1);
    ac5[i] = autocorr(series[i], LEN, 5);
  }
  for (int i = 0; i < NSER; i++)
    printf("series %d: first=%.12f ac(1)=%.9f ac(5)=%.9f\n", i, series[i][0], ac1[i], ac5[i]);
  for (int i = 0; i < NSER; i++) free(series[i]);
  return 0;
}
