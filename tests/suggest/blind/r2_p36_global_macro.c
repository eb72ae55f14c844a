#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

static double g_total;
static int g_count;
#define RECORD(v) (g_total += (v), g_count++)
int main(void) {
  double a[N];
  int i;
  for (i = 0; i < N; i++) {
    double w = 0;
    for (int j_ = 0; j_ < M; j_++) w += sin(i + j_ * 1e-3);
    a[i] = w;
    RECORD(w);
  }
  printf("%.6f %d\n", g_total, g_count);
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
