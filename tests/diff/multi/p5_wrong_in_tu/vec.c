/* vec.c: vec_normalize writes its argument; vec_dot only reads */
#include "vec.h"

void vec_normalize(long *v, int n) {
  long m = 0;
  for (int i = 0; i < n; i++)
    if (v[i] > m) m = v[i];
  if (m == 0) return;
  for (int i = 0; i < n; i++) v[i] = v[i] * 100 / m;
}

long vec_dot(const long *a, const long *b, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += a[i] * b[i];
  return s;
}
