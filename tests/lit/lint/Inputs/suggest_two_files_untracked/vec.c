/* vec.c — the work, called from main.c only */
#include <stdlib.h>
#include "vec.h"

void vec_init(Vec *v, size_t n) {
  size_t i;
  v->n = n; v->d = malloc(n * sizeof *v->d);
  for (i = 0; i < n; i++) v->d[i] = (double)(i % 7);
}

double vec_work(const Vec *v) {
  double s = 0;
  size_t i; int r;
  for (r = 0; r < 200; r++)
    for (i = 0; i < v->n; i++) s += v->d[i] * (r + 1);
  return s;
}
