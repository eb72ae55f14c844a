#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

struct P { double x, y, vx, vy; };
int main(void) {
  struct P ps[N];
  int i;
  for (i = 0; i < N; i++) { ps[i].x = i; ps[i].y = -i; ps[i].vx = 0.5; ps[i].vy = 0.25; }
  for (i = 0; i < N; i++) {
    double fx = 0, fy = 0;
    for (int j_ = 0; j_ < M; j_++) { fx += sin(ps[i].x + j_ * 1e-3); fy += cos(ps[i].y + j_ * 1e-3); }
    ps[i].vx += fx * 1e-3;
    ps[i].vy += fy * 1e-3;
    ps[i].x += ps[i].vx;
    ps[i].y += ps[i].vy;
  }
  for (i = 0; i < N; i++) printf("%d %.6f %.6f %.6f %.6f\n", i, ps[i].x, ps[i].y, ps[i].vx, ps[i].vy);
  return 0;
}
