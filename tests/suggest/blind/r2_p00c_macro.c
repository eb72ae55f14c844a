#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N], t;
  int i;
  for (i = 0; i < N; i++) {
    t = 0;
    for (int j_ = 0; j_ < M; j_++) t += sin(i + j_ * 1e-3);
    a[i] = t * 2;
  }
  for (i = 0; i < N; i++) printf("%.6f\n", a[i]);
  return 0;
}
