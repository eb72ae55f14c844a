#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

static void accum(double *p, double v) { *p += v; }
static void setv(double *p, double v) { *p = v; }
int main(void) {
  double a[N], b[N], t = 1.0, u = 2.0;
  int i;
  for (i = 0; i < N; i++) {
    double s = 0;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    setv(&u, s);
    accum(&t, s);
    a[i] = t;
    b[i] = u;
  }
  for (i = 0; i < N; i++) printf("%d %.6f %.6f\n", i, a[i], b[i]);
  return 0;
}
