/* A 1-D stencil in chunks: each task reads its chunk plus one halo element on each
 * side (reads overlap between neighbours) and writes its own chunk of the other
 * buffer; buffers alternate by step. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void step(DELAYED_IN_N(len + 2) const double *src, DELAYED_OUT_N(len) double *dst, int len) {
  for (int i = 0; i < len; i++) dst[i] = 0.25 * src[i] + 0.5 * src[i + 1] + 0.25 * src[i + 2];
}

DELAYED double sum(DELAYED_IN_N(n) const double *x, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += x[i] * (i % 7);
  return s;
}

int main(void) {
  int n = 4002, chunks = 8, len = (n - 2) / chunks;
  double *buf[2];
  buf[0] = malloc(sizeof(double) * (size_t)n);
  buf[1] = malloc(sizeof(double) * (size_t)n);
  for (int i = 0; i < n; i++) buf[0][i] = buf[1][i] = (i % 100 == 0) ? 100.0 : 0.0;
  for (int t = 0; t < 30; t++) {
    double *src = buf[t % 2], *dst = buf[(t + 1) % 2];
    for (int c = 0; c < chunks; c++) step(src + c * len, dst + 1 + c * len, len);
  }
  double s = sum(buf[0], n);
  printf("sum=%.9f mid=%.9f b1=%.9f\n", s, buf[0][n / 2], buf[1][101]);
  free(buf[0]);
  free(buf[1]);
  return 0;
}
