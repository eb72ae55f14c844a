#include <stdio.h>
#include <math.h>
#define N 16
#define M 4000
int main(void) {
  double a[N], t;
  int i, j;
  for (i = 0; i < N; i++) {
    t = 0;
    for (j = 0; j < M; j++) t += sin(i + j * 0.001);
    a[i] = t * 2;
  }
  for (i = 0; i < N; i++) printf("%.6f\n", a[i]);
  return 0;
}
