/* covers: the same heap block seen as double (2D tile) and as char (1D _N): region sizes must be in bytes, not elements */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define LD 4
static void spin(void) { volatile long x = 0; for (long i = 0; i < 2000000; i++) x += i; (void)x; }
DELAYED void tile(DELAYED_OUT_2D(2, 2, LD) double *t, double v) { spin(); t[0] = v; t[1] = v; t[LD] = v; t[LD + 1] = v; }
DELAYED int csum(DELAYED_IN_N(n) const unsigned char *p, int n) { int s = 0; for (int i = 0; i < n; i++) s = (s * 7 + p[i]) % 100003; return s; }
DELAYED void cset(DELAYED_OUT_N(n) unsigned char *p, int n) { spin(); for (int i = 0; i < n; i++) p[i] = 0x3f; }
DELAYED double dsum(DELAYED_IN_2D(2, 2, LD) const double *t) { return t[0] + t[1] + t[LD] + t[LD + 1]; }

int main(void) {
  double *m = calloc(LD * LD, sizeof(double));
  unsigned char *b = (unsigned char *)m;
  tile(m + LD + 2, 1.5);                                  /* doubles 6,7,10,11 */
  int c1 = csum(b + 7 * sizeof(double), sizeof(double));   /* inside double 7 */
  cset(b + 10 * sizeof(double) + 7, 1);                    /* last byte of double 10 */
  double d = dsum(m + LD + 2);
  printf("%d %.17g\n", c1, d);
  free(m);
  return 0;
}
