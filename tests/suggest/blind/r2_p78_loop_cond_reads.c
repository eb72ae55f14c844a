#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N], b[8] = {0}, t = 0.75, acc = 0;
  int i, r = 0, k = 0, flag = 1;
  for (i = 0; i < N; i++) a[i] = -7;
  for (i = 0; i < N && t < 1e9; i++) {
    double w = 0; for (int j_ = 0; j_ < M; j_++) w += sin(i + j_ * 1e-3);
    t = w * 1e7 * (i == 5);
    a[i] = t;
  }
  t = 0;
  for (i = 0; i < 8; i++) printf("b%d %.6f\n", i, b[i]);
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  printf("acc %.6f r %d k %d flag %d\n", acc, r, k, flag);
  return 0;
}
