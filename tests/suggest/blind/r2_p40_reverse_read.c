#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N];
  int i;
  for (i = 0; i < N; i++) a[i] = i;
  for (i = 0; i < N; i++) {
    double w = a[N - 1 - i];
    for (int j_ = 0; j_ < M; j_++) w += sin(i + j_ * 1e-3);
    a[i] = w;
  }
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
