#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N], t = 0;
  int i;
  for (i = N - 1; i >= 0; i--) {
    double w = 0;
    for (int j_ = 0; j_ < M; j_++) w += sin(i + j_ * 1e-3);
    t = w * w;
    a[i] = t - w;
  }
  printf("i=%d\n", i);
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
