#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

#define C 10
int main(void) {
  double m[N][C];
  int i, j;
  for (i = 0; i < N; i++) {
    for (j = 0; j < C; j++) {
      double w = 0;
      for (int k = 0; k < M / 10; k++) w += sin(i * C + j + k * 1e-3);
      m[i][j] = w;
    }
  }
  for (i = 0; i < N; i++) { for (j = 0; j < C; j++) printf("%.4f ", m[i][j]); printf("\n"); }
  return 0;
}
