#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

#define W 8
static int off = 8;
static void put(double *row, double v) { row[off] += v; row[0] += v; }
int main(void) {
  double m[N][W];
  int i, k;
  for (i = 0; i < N; i++) for (k = 0; k < W; k++) m[i][k] = 0;
  for (i = 0; i < N - 1; i++) {
    double w = 0;
    for (int j_ = 0; j_ < M; j_++) w += sin(i + j_ * 1e-3);
    put(m[i], w);
  }
  for (i = 0; i < N; i++) { for (k = 0; k < W; k++) printf("%.4f ", m[i][k]); printf("\n"); }
  return 0;
}
