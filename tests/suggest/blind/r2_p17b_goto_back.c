#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N], t = 9.0;
  int i, pass = 0;
again:
  printf("pass %d t %.6f\n", pass, t);
  for (i = 0; i < N; i++) {
    double s = pass;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    t = s;
    a[i] = t;
  }
  if (++pass < 2) goto again;
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
