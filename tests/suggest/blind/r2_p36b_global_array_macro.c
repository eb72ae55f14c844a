#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

static double g_out[N];
static double g_last;
#define STORE(k, v) (g_out[(k)] = (v), g_last = (v))
int main(void) {
  int i;
  for (i = 0; i < N; i++) {
    double w = 0;
    for (int j_ = 0; j_ < M; j_++) w += sin(i + j_ * 1e-3);
    STORE(i, w);
  }
  printf("%.6f\n", g_last);
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, g_out[i]);
  return 0;
}
