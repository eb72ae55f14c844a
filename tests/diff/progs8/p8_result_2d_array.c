/* Results stored into a 2-D array, z[i][j] = f(...), including a wavefront where
 * each cell depends on its upper and left neighbours. */
#include <stdio.h>
#include "delayed.h"

#define N 10

DELAYED long cell(int i, int j) {
  long s = 0;
  for (int k = 0; k < 20000; k++) s = (s + (long)(i + 1) * k + j) % 10007;
  return s;
}

DELAYED long join(long up, long left, int i, int j) {
  long s = up * 3 + left * 5 + i * j;
  for (int k = 0; k < 5000; k++) s = (s * 7 + k) % 1000003;
  return s;
}

int main(void) {
  long z[N][N], w[N][N];
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) z[i][j] = cell(i, j);
  for (int j = 0; j < N; j++) w[0][j] = z[0][j];
  for (int i = 1; i < N; i++) {
    w[i][0] = z[i][0];
    for (int j = 1; j < N; j++) w[i][j] = join(w[i - 1][j], w[i][j - 1], i, j);
  }
  z[3][4] = join(z[4][3], w[N - 1][N - 1], 3, 4);
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < N; j++) printf("%ld%c", (z[i][j] + w[i][j]) % 100000, j == N - 1 ? '\n' : ' ');
  }
  return 0;
}
