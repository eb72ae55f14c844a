#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N], t = 7.0;
  int i;
  for (i = 0; i < N; i++) {
    double s = 0;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    switch (i % 2) {
    case 0:
      t = s;
      if (s > -1e9) {
    case 1:
        a[i] = t * 0.5;
      }
    }
  }
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
