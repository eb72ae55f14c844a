#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N], t = 4.5, v = 9.0;
  int i, ok;
  for (i = 0; i < N; i++) {
    double s = 0;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    ok = (i % 2 == 0) && ((t = s) > -1e9);
    ok = ok || ((v = s * 3) > 0);
    a[i] = t + v + ok;
  }
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
