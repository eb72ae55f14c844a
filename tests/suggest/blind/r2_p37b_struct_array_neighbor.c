#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

struct P { double x, y; };
int main(void) {
  struct P ps[N];
  int i;
  for (i = 0; i < N; i++) { ps[i].x = i; ps[i].y = -i; }
  for (i = 1; i < N; i++) {
    double fx = 0;
    for (int j_ = 0; j_ < M; j_++) fx += sin(ps[i - 1].x + j_ * 1e-3);
    ps[i].x = fx;
  }
  for (i = 0; i < N; i++) printf("%d %.6f %.6f\n", i, ps[i].x, ps[i].y);
  return 0;
}
