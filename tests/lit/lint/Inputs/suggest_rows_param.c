/* C = A * B^T with parameters of rows, double c[][N] (blind round 41: "bt is an array of variable size") */
#include <stdio.h>

#define N 400
static double A[N][N], BT[N][N], C[N][N];

static void matmul(double c[][N], double a[][N], double bt[][N])
{
  int i, j, k;
  for (i = 0; i < N; i++)
    for (j = 0; j < N; j++) {
      double s = 0.0;
      for (k = 0; k < N; k++) s += a[i][k] * bt[j][k];
      c[i][j] = s;
    }
}

int main(void)
{
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) { A[i][j] = (i * 3 + j) % 11 - 5; BT[i][j] = (i + 7 * j) % 13 - 6; }
  matmul(C, A, BT);
  double t = 0;
  for (int i = 0; i < N; i++) t += C[i][i] + C[i][N - 1 - i];
  printf("%.1f %.1f %.1f\n", t, C[3][5], C[N - 1][0]);
  return 0;
}
