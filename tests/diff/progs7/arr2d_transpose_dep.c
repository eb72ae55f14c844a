/* covers: z[i][j] = f() then w[i][j] = g(z[j][i]) — tasks depending on transposed elements of a local 2-D array */
#include <stdio.h>
#include "delayed.h"

#define N 4
DELAYED int f(int i, int j) { return i * 7 + j * 3; }
DELAYED int g(int v, int w) { return v * 2 - w; }

int main(void) {
  int z[N][N], w[N][N];
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) z[i][j] = f(i, j);
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) w[i][j] = g(z[j][i], z[i][j]);
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) z[i][j] = g(w[j][i], 1);
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < N; j++) printf("%d,%d ", z[i][j], w[i][j]);
    printf("\n");
  }
  return 0;
}
