/* A number-theoretic transform by strided recursion: the even and odd elements are
 * the halves (2-D annotations: n rows of 1 element, stride apart). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define P 998244353L

static long pw(long b, long e) {
  long r = 1;
  b %= P;
  while (e) {
    if (e & 1) r = r * b % P;
    b = b * b % P;
    e >>= 1;
  }
  return r;
}

DELAYED void ntt(DELAYED_IN_2D(n, 1, stride) const long *in, DELAYED_OUT_N(n) long *out, int n,
                 int stride, long w) {
  if (n == 1) {
    out[0] = in[0];
    return;
  }
  int h = n / 2;
  long w2 = w * w % P;
  ntt(in, out, h, 2 * stride, w2);                  /* even elements */
  ntt(in + stride, out + h, h, 2 * stride, w2);     /* odd elements */
  long t = 1;
  for (int k = 0; k < h; k++) {
    long e = out[k], o = out[k + h] * t % P;
    out[k] = (e + o) % P;
    out[k + h] = (e - o + P) % P;
    t = t * w % P;
  }
}

int main(void) {
  int n = 512;
  long *x = malloc(sizeof(long) * (size_t)n), *y = malloc(sizeof(long) * (size_t)n);
  long *z = malloc(sizeof(long) * (size_t)n);
  for (int i = 0; i < n; i++) x[i] = (i * 37 + 11) % 1000;
  long w = pw(3, (P - 1) / n), wi = pw(w, P - 2), ni = pw(n, P - 2);
  ntt(x, y, n, 1, w);
  ntt(y, z, n, 1, wi);                               /* inverse, up to the factor n */
  int same = 1;
  for (int i = 0; i < n; i++) same &= z[i] * ni % P == x[i];
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 31 + y[i]) % P;
  printf("round trip=%d hash=%ld y0=%ld y1=%ld\n", same, s, y[0], y[1]);
  ntt(x, y, n / 2, 2, w * w % P);                    /* the even part alone */
  ntt(x + 1, y + n / 2, n / 2, 2, w * w % P);        /* the odd part alone, in parallel */
  s = 0;
  for (int i = 0; i < n; i++) s = (s * 31 + y[i]) % P;
  printf("halves hash=%ld\n", s);
  free(x);
  free(y);
  free(z);
  return 0;
}
