#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

#define USE(x) ((x) * 2 + 1)
#define BUMP(v) ((v) += 1.0)
#define STEP(v, e) (BUMP(v), USE(v) + (e))
int main(void) {
  double a[N], t = 5.0;
  int i;
  for (i = 0; i < N; i++) {
    double s = 0;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    a[i] = STEP(t, s);
  }
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
