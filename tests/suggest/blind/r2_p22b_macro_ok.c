#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

#define USE(x) ((x) * 2 + 1)
#define SET(v, e) ((v) = (e))
int main(void) {
  double a[N], t;
  int i;
  for (i = 0; i < N; i++) {
    double s = 0;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    SET(t, s);
    a[i] = USE(t);
  }
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
