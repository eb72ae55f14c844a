#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

struct pt { double x, y; };
int main(void) {
  double a[N];
  struct pt s;
  int i;
  s.y = 100.0;
  for (i = 0; i < N; i++) {
    double w = 0;
    for (int j_ = 0; j_ < M; j_++) w += sin(i + j_ * 1e-3);
    s.x = w;
    a[i] = s.x + s.y;
  }
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
