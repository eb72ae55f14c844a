#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N], t = 9.0;
  int i, n = N;
  for (i = 0; i < n; i++) {
    double s = 0;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    t = s;
    a[i] = t;
  }
  if (n > 0) goto out;
  t = 0;
out:
  printf("t %.6f\n", t);
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
