/* Prototypes whose parameter names differ from the definitions' (blind round
 * 60b: "'n' ... is not a parameter of 'f'"): an annotation names the
 * parameters of the declaration it is written on, by position (sum's count is
 * its second parameter, which its definition calls m), and its cutoff too. */
#include <stdio.h>
#include "delayed.h"
DELAYED long sum(DELAYED_IN_N(n) const int *p, int n, int m);
DELAYED void fill(DELAYED_OUT_N(len) int *dst, int len, int seed);
DELAYED long scaled(DELAYED_IN_N(count) const int *p, int scale, int count) DELAYED_CUTOFF(count < 4);
int main(void) {
  int a[64], b[64];
  fill(a, 64, 3);
  fill(b, 64, 5);
  long s1 = sum(a, 64, 2), s2 = sum(b, 32, 3), s3 = scaled(a, 7, 64);
  a[0] = 100;
  long s4 = sum(a, 64, 1);
  printf("%ld %ld %ld %ld\n", s1, s2, s3, s4);
  return 0;
}
/* the definitions name the parameters otherwise; sum swaps n and m */
long sum(const int *p, int m, int n) { long s = 0; for (int i = 0; i < m; i++) s += p[i] * n; return s; }
void fill(int *out, int k, int seed) { for (int i = 0; i < k; i++) out[i] = (i * seed) % 11; }
long scaled(const int *q, int f, int c) { long s = 0; for (int i = 0; i < c; i++) s += q[i] * f; return s; }
