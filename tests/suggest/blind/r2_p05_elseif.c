#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N], t = 2.5;
  int i;
  for (i = 0; i < N; i++) {
    double s = 0;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    if (i % 3 == 0)
      t = s;
    else if (i % 3 == 1)
      t = -s;
    else if (s > 1e9)
      t = 0;
    a[i] = t;
  }
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
