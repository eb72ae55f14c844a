/* a[i++] = f(...) stores results at indexes advanced in the same statement;
 * pointer arguments built from a[i++]. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED long work(long x) {
  long s = 0;
  for (long k = 0; k < 20000; k++) s += (x * k + 3) % 11;
  return s;
}

DELAYED void add_to(DELAYED_INOUT_N(m) long *p, int m, long v) {
  for (int k = 0; k < m; k++) {
    long t = v;
    for (int r = 0; r < 50; r++) t = (t * 31 + r) % 1009;
    p[k] += t;
  }
}

int main(void) {
  long *out = calloc(32, sizeof *out);
  if (!out) return 1;
  int i = 0;
  out[i++] = work(3);
  out[i++] = work(5);
  out[i++] = out[0] + 1;          /* reads a result */
  out[i++] = work(out[1] % 13);   /* argument from a result */
  int j = 0;
  long x = out[j++];
  x += out[j++];
  x += out[j++];
  add_to(&out[i++], 1, 7);        /* out[4] */
  add_to(out + i++, 2, 9);        /* out[5], out[6] */
  out[i++] = 42;                  /* out[6]: overlaps the previous task */
  int k = 8;
  while (k < 16) {
    int kk = k * 3;
    out[k++] = work(kk);
  }
  long y = 0;
  for (int m = 4; m < 16; m++) y += out[m];
  printf("i=%d j=%d k=%d x=%ld y=%ld\n", i, j, k, x, y);
  for (int m = 0; m < 16; m++) printf("%ld%c", out[m], m == 15 ? '\n' : ' ');
  free(out);
  return 0;
}
