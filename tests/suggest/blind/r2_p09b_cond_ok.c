#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

static int sgn(double x) { return x > 0 ? 1 : -1; }
int main(void) {
  double a[N];
  int i, k;
  for (i = 0; i < N; i++) {
    double s = 0;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    if ((k = sgn(s)) > 0) a[i] = s * k; else a[i] = -s * k;
  }
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
