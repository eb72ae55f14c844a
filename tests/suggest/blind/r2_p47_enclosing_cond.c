#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N], b[8] = {0}, t = 0.75, acc = 0;
  int i, r = 0, k = 0, flag = 1;
  for (r = 0; r < 3 && t < 1900; r++) {
    for (i = 0; i < N; i++) {
      double w = r * 100; for (int j_ = 0; j_ < M; j_++) w += sin(i + j_ * 1e-3);
      t = w;
      a[i] = t;
    }
  }
  for (i = 0; i < 8; i++) printf("b%d %.6f\n", i, b[i]);
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  printf("acc %.6f r %d k %d flag %d\n", acc, r, k, flag);
  return 0;
}
