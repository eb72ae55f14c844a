#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N], t = 8.0;
  int i, k;
  for (i = 0; i < N; i++) {
    double s = 0;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    k = 0;
    while (k < i % 3) {
      t = s + k;
      k++;
    }
    a[i] = t;
  }
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
