/* covers: z[i][j] = f() and an ordinary helper that writes into row z[i] between tasks */
#include <stdio.h>
#include "delayed.h"

#define N 4
DELAYED int f(int a) { return a * 3 + 2; }
static void zero_row(int *r, int n) { for (int k = 0; k < n; k++) r[k] = 0; }

int main(void) {
  int z[N][N];
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) z[i][j] = f(i + j);
  zero_row(z[1], N);
  z[1][2] = f(z[2][1]);
  zero_row(z[3], 2);
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) printf("%d%c", z[i][j], j == N - 1 ? '\n' : ' ');
  return 0;
}
