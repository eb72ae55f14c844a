/* pure_loop_merge.c — written blind (from the user docs) to break DELAYED_PURE's merges and memo; kept as a regression test. */
/* merges inside a loop body whose iterations overlap; results used after the loop */
#include <stdio.h>
#include "delayed.h"

DELAYED_PURE long h(long x) { long s = x; for (int i = 0; i < 3000; i++) s = (s * 131 + i) % 1000003; return s; }
DELAYED_PURE long tiny(long x) { return x * 3 + 1; }
DELAYED_PURE long comb(long a, long b) { return a * 7 + b; }

int main(void) {
  enum { N = 2000 };
  static long out[N], out2[N], out3[N];
  for (int i = 0; i < N; i++) {
    long k = i % 17;
    long a = h(k);
    long b = h(k);            /* same as a */
    long c = comb(a, b);
    long d = comb(a, b);      /* same as c */
    out[i] = c + d;
  }
  for (int i = 0; i < N; i++) {
    long a = tiny(i);
    long b = tiny(i);
    out2[i] = comb(a, b);
  }
  long carry = 1;
  for (int i = 0; i < N; i++) {
    long a = tiny(carry);
    long b = tiny(carry);
    carry = (a + b) % 1000;
    out3[i] = carry;
  }
  long s = 0, s2 = 0, s3 = 0;
  for (int i = 0; i < N; i++) { s = s * 31 + out[i]; s2 = s2 * 31 + out2[i]; s3 += out3[i] * (i + 1); }
  printf("%ld %ld %ld\n", s, s2, s3);
  return 0;
}
