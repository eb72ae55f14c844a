#include <stdio.h>
#include <stdlib.h>
#include "chain.h"
int main(void) {
  double *d = malloc(8 * 20000 * sizeof(double));
  if (!d) return 1;
  for (int k = 0; k < 8; k++) gen(d + k * 20000, 20000, k);
  double s = 0;
  for (int i = 0; i < 8 * 20000; i++) s += d[i];
  printf("%.4f\n", s);
  free(d);
  return 0;
}
