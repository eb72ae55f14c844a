/* Element waits before a statement whose index the statement itself declares
 * (int n = 8, v = a[n]; shadowing an outer n) or assigns ((k = 3) < 10 && a[k]):
 * the wait is for the whole block (it named the wrong element, or a variable
 * not declared yet). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED void relax(DELAYED_INOUT_N(n) double *p, int n, int rounds) {
  for (int r = 0; r < rounds; r++)
    for (int i = 0; i < n; i++) p[i] = 0.75 * p[i] + 0.25 * (double)((i + r) % 5);
}
static void run(double *a, int n) {
  relax(a + 40, 8, 10);
  relax(a, n / 2, 20000);
  {
    int n = 8, v = (int)(a[n] * 1000);
    printf("v=%d\n", v);
  }
  int pos = 7, hit = a[pos] > 0;
  int k = 0;
  if ((k = 3) < 10 && a[k] > 0.5) hit += 2;
  printf("%d %d\n", pos, hit);
}
int main(void) {
  double *a = calloc(64, sizeof *a);
  run(a, 32);
  free(a);
  return 0;
}
