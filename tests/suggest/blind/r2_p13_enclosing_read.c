#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N], b[4], t = 0.25;
  int i, r;
  for (r = 0; r < 4; r++) {
    b[r] = t;                     /* reads t left by the previous run of the inner loop */
    for (i = 0; i < N; i++) {
      double s = r;
      for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
      t = s;
      a[i] = t;
    }
  }
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  for (r = 0; r < 4; r++) printf("%d %.6f\n", r, b[r]);
  return 0;
}
