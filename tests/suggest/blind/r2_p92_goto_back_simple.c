#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N], t = 1.0;
  int i, pass = 0;
top:
  if (pass == 1) printf("t %.6f\n", t);
  for (i = 0; i < N; i++) {
    double w = 0; for (int j_ = 0; j_ < M; j_++) w += sin(i + j_ * 1e-3);
    t = w;
    a[i] = t;
  }
  if (pass++ == 0) goto top;
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
