/* covers: 2D tiles of a local 2-D array (quadrants) written by tasks, then read by ordinary code */
#include <stdio.h>
#include "delayed.h"

#define N 8
DELAYED void quad(DELAYED_OUT_2D(N / 2, N / 2, N) int *t, int q) {
  for (int i = 0; i < N / 2; i++)
    for (int j = 0; j < N / 2; j++) t[i * N + j] = q * 100 + i * 10 + j;
}
DELAYED void transpose_add(DELAYED_IN_2D(N / 2, N / 2, N) const int *s, DELAYED_INOUT_2D(N / 2, N / 2, N) int *d) {
  for (int i = 0; i < N / 2; i++)
    for (int j = 0; j < N / 2; j++) d[i * N + j] += s[j * N + i];
}

int main(void) {
  int m[N][N];
  quad(&m[0][0], 0);
  quad(&m[0][N / 2], 1);
  quad(&m[N / 2][0], 2);
  quad(&m[N / 2][N / 2], 3);
  transpose_add(&m[0][N / 2], &m[N / 2][0]);
  transpose_add(&m[N / 2][0], &m[0][0]);
  long s = 0;
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < N; j++) s = s * 3 % 999983 + m[i][j];
  }
  printf("%ld %d %d %d\n", s, m[0][0], m[5][1], m[7][7]);
  return 0;
}
