/* covers: 2D annotation over parameters substituted by compound argument expressions (precedence: a+b as rows/ld) */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_2D(r, c, ld) int *t, int r, int c, int ld, int v) {
  for (int i = 0; i < r; i++)
    for (int j = 0; j < c; j++) t[i * ld + j] = v + i * c + j;
}
DELAYED long sum(DELAYED_IN_2D(r * 2, c - 1, ld + 0) const int *t, int r, int c, int ld) {
  long s = 0;
  for (int i = 0; i < r * 2; i++)
    for (int j = 0; j < c - 1; j++) s = s * 5 % 100003 + t[i * (ld + 0) + j];
  return s;
}

int main(void) {
  int n = 4, w = 10;
  int *m = calloc(100, sizeof(int));
  fill(m, n - 2, w - 7, w, 1);          /* rows 2, cols 3 */
  long a = sum(m, n - 3, w - 6, w - 0);  /* rows 2, cols 3 */
  fill(m + w + 1, n - 1 + 1, 1 + 2, w, 50);
  long b = sum(m, n - 1 - 1, w - 5, w);  /* rows 4, cols 4 */
  fill(m + 3, n, 2, w * 2, 7);
  long c = sum(m, n, w / 2 + 1, w + 0);
  printf("%ld %ld %ld\n", a, b, c);
  for (int i = 0; i < 100; i++) printf("%d%c", m[i], i % 10 == 9 ? '\n' : ' ');
  free(m);
  return 0;
}
