#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

#define C 10
int main(void) {
  double m[C][N];
  int i, j;
  for (j = 0; j < C; j++) for (i = 0; i < N; i++) m[j][i] = j;
  for (i = 0; i < N; i++) {
    for (j = 1; j < C; j++) {
      double w = 0;
      for (int k = 0; k < M / 10; k++) w += sin(m[j - 1][i] + k * 1e-3);
      m[j][i] += w;
    }
  }
  for (j = 0; j < C; j++) { for (i = 0; i < N; i++) printf("%.4f ", m[j][i]); printf("\n"); }
  return 0;
}
