#include <stdio.h>
#include <stdlib.h>
#include "v.h"
int main(void) {
  int N = 1000; int *big = calloc(9 * N, sizeof(int));
  View v[8];
  for (int k = 0; k < 8; k++) { v[k].p = big + k * N; v[k].n = N; v[k].k = k; }
  for (int k = 0; k < 8; k++) paint(v[k]);
  long h = 0; for (int i = 0; i < 9 * N; i++) h = h * 31 + big[i];
  printf("%ld %d %d\n", h, big[N + 5], big[8 * N + 5]);
  free(big); return 0;
}
