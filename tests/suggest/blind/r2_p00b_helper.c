#include <stdio.h>
#include <math.h>
#define N 16
#define M 4000
static double heavy(double x, int k) {
  double s = 0;
  for (int j = 0; j < M; j++) s += sin(x + j * 0.001 * k);
  return s;
}
int main(void) {
  double a[N], t;
  int i;
  for (i = 0; i < N; i++) {
    t = heavy(i, 3);
    t = t * t + heavy(t, 2);
    a[i] = t * 2;
  }
  for (i = 0; i < N; i++) printf("%.6f\n", a[i]);
  return 0;
}
