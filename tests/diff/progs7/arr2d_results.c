/* covers: results stored in a 2-D local array z[i][j] = f(), then rows passed to an ordinary helper, then z[j][i] read */
#include <stdio.h>
#include "delayed.h"

#define N 5
DELAYED int f(int i, int j) { return i * 10 + j * j; }

static int rowsum(const int *r, int n) {
  int s = 0;
  for (int k = 0; k < n; k++) s += r[k] * (k + 1);
  return s;
}

int main(void) {
  int z[N][N];
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) z[i][j] = f(i, j);
  for (int i = 0; i < N; i++) printf("%d ", rowsum(z[i], N));
  printf("\n");
  int t = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) t = t * 3 % 10007 + z[j][i];
  printf("%d\n", t);
  return 0;
}
