#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

static void setv(double *p, double v) { *p = v; }
static double getv(const double *p) { return *p; }
int main(void) {
  double a[N], u = 2.0;
  int i;
  for (i = 0; i < N; i++) {
    double s = 0;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    setv(&u, s);
    a[i] = getv(&u);
  }
  printf("u %.6f\n", u);
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
