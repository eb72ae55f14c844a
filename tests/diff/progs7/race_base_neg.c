/* covers: region base p - (k - 1) and p - -k (sign handling) and a[i - j] index forms; slow writer, reader must wait */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static void spin(void) { volatile long x = 0; for (long i = 0; i < 2000000; i++) x += i; (void)x; }
DELAYED void wr(DELAYED_OUT_N(n) double *p, int n, double v) { spin(); for (int i = 0; i < n; i++) p[i] = v + i; }
DELAYED double rd(DELAYED_IN_N(n) const double *p, int n) { double s = 0; for (int i = 0; i < n; i++) s = s * 2 + p[i]; return s; }

int main(void) {
  double *a = calloc(64, sizeof(double));
  double *p = a + 32;
  int k = 5, j = 3;
  double r[4];
  wr(p - (k - 1), 3, 1); r[0] = rd(a + 28, 3);
  wr(p - -k, 3, 2);      r[1] = rd(a + 37, 3);
  wr(&p[j - k], 3, 3);   r[2] = rd(a + 30, 3);
  wr(p - k - j, 3, 4);   r[3] = rd(a + 24, 3);
  printf("%g %g %g %g\n", r[0], r[1], r[2], r[3]);
  free(a);
  return 0;
}
