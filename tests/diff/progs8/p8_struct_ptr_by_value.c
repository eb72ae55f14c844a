/* Structs holding pointers, passed by value; two of them share one block. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { double *v; int n; double scale; } Vec;

DELAYED void scale_vec(Vec x) {
  for (int rep = 0; rep < 40; rep++)
    for (int i = 0; i < x.n; i++) x.v[i] = x.v[i] * x.scale + 1.0 / (i + 1);
}

DELAYED double norm1(Vec x) {
  double s = 0;
  for (int i = 0; i < x.n; i++) s += x.v[i] < 0 ? -x.v[i] : x.v[i];
  return s;
}

DELAYED Vec make(int n, double seed) {
  Vec r = { malloc((size_t)n * sizeof(double)), n, 1.0 };
  for (int i = 0; i < n; i++) r.v[i] = seed + (i % 17) * 0.125;
  return r;
}

int main(void) {
  int n = 800;
  double *buf = malloc((size_t)n * sizeof(double));
  for (int i = 0; i < n; i++) buf[i] = (i % 9) - 4;
  Vec a = { buf, n, 0.5 };
  Vec b = { buf + n / 2, n / 2, 0.75 };     /* upper half of a */
  Vec c = make(n, 2.0);
  c.scale = 0.25;
  Vec d = a;                                 /* same block as a */
  d.scale = 0.9;
  scale_vec(a);
  scale_vec(b);
  scale_vec(c);
  double na = norm1(a);
  scale_vec(d);
  double nb = norm1(b), nc = norm1(c), nd = norm1(d);
  printf("na=%.6f nb=%.6f nc=%.6f nd=%.6f\n", na, nb, nc, nd);
  printf("buf[0]=%.6f buf[n-1]=%.6f c[3]=%.6f\n", buf[0], buf[n - 1], c.v[3]);
  free(buf);
  free(c.v);
  return 0;
}
