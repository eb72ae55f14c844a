#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N], tmp[2];
  int i;
  tmp[1] = 42.0;
  for (i = 0; i < N; i++) {
    double w = 0;
    for (int j_ = 0; j_ < M; j_++) w += sin(i + j_ * 1e-3);
    tmp[0] = w;
    a[i] = tmp[0] + tmp[1];
  }
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
