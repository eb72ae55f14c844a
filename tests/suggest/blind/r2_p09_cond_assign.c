#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

static int sgn(double x) { return x > 0 ? 1 : -1; }
int main(void) {
  double a[N], b[N], t = 1.0, u = 5.0;
  int i, k;
  for (i = 0; i < N; i++) {
    double s = 0;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    if ((k = sgn(s)) > 0) a[i] = s; else a[i] = -s;   /* k always assigned */
    if (i % 2 && (u = s) > 0) t = 1;
    b[i] = u + k;                                       /* u carried */
  }
  for (i = 0; i < N; i++) printf("%d %.6f %.6f %.3f\n", i, a[i], b[i], t);
  return 0;
}
