#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

static double run(int n, int flag) {
  double a[N], t = -1.0;
  int i;
  for (i = 0; i < n; i++) {
    double s = 0;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    t = s;
    a[i] = t * 0.5;
  }
  if (flag) return t;
  t = 0;
  for (i = 0; i < n; i++) t += a[i];
  return t;
}
int main(void) {
  printf("%.6f %.6f %.6f\n", run(N, 1), run(N, 0), run(0, 1));
  return 0;
}
