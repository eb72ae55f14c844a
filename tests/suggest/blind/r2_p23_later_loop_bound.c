#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N];
  int i, k = 0, cnt = 0;
  for (i = 0; i < N; i++) {
    double s = 0;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    k = (int)fabs(s) % 7 + i;
    a[i] = k + s;
  }
  for (i = 0; i < k; i++) cnt++;
  printf("cnt %d\n", cnt);
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
