#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

static void report(int n, int early) {
  double a[N], t = -1.0;
  int i;
  for (i = 0; i < n; i++) {
    double w = 0; for (int j_ = 0; j_ < M; j_++) w += sin(i + j_ * 1e-3);
    t = w;
    a[i] = t;
  }
  if (early) { printf("early t %.6f\n", t); return; }
  t = 0;
  for (i = 0; i < n; i++) t += a[i];
  printf("sum %.6f\n", t);
}
int main(void) { report(N, 1); report(N, 0); report(0, 1); return 0; }
