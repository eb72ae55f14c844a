#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

static void run(double t, int n) {
  double a[N];
  int i;
  printf("param %.6f\n", t);
  for (i = 0; i < n; i++) {
    double w = 0; for (int j_ = 0; j_ < M; j_++) w += sin(i + j_ * 1e-3);
    t = w;
    a[i] = t * 2;
  }
  for (i = 0; i < n; i++) printf("%d %.6f\n", i, a[i]);
}
int main(void) { run(3.0, N); return 0; }
