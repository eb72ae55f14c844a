/* Tasks read overlapping windows (each block plus a halo) of one input;
 * ordinary code writes halo elements between the calls. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void stencil(DELAYED_IN_N(m + 2) const double *in, DELAYED_OUT_N(m) double *out, int m) {
  for (int r = 0; r < 20; r++)
    for (int i = 0; i < m; i++) out[i] = 0.25 * in[i] + 0.5 * in[i + 1] + 0.25 * in[i + 2] + r * 0.0;
}

DELAYED double norm1(DELAYED_IN_N(n) const double *p, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += p[i] < 0 ? -p[i] : p[i];
  return s;
}

int main(void) {
  int blocks = 6, m = 10, n = blocks * m;
  double *in = malloc(sizeof *in * (size_t)(n + 2));
  double *out = malloc(sizeof *out * (size_t)n);
  if (!in || !out) return 1;
  for (int i = 0; i < n + 2; i++) in[i] = (i * 13) % 11 - 5;
  for (int b = 0; b < blocks; b++) {
    stencil(in + b * m, out + b * m, m);
    in[b * m + m] = 100.0 + b;     /* read by this block (halo) and the next */
  }
  double s1 = norm1(out, n);
  for (int b = 0; b < blocks; b++) {
    in[b * m + 1] = -in[b * m + 1]; /* inside block b's window, before its task */
    stencil(in + b * m, out + b * m, m);
  }
  out[n / 2] = 0;                  /* after the task writing it */
  double s2 = norm1(out, n);
  printf("s1=%.6f s2=%.6f\n", s1, s2);
  for (int i = 0; i < n; i += 9) printf("out[%d]=%.6f\n", i, out[i]);
  free(in);
  free(out);
  return 0;
}
