/* row-pointer GEMM: the i-loop writes row i of C through ci = C + i*n */
#include <stdio.h>
#include <stdlib.h>

#define N 380

static void gemm(int n, const double *A, const double *B, double *C)
{
  for (int i = 0; i < n; i++) {
    double *ci = C + i * n;
    const double *ai = A + i * n;
    for (int k = 0; k < n; k++) {
      double a = ai[k];
      const double *bk = B + k * n;
      for (int j = 0; j < n; j++) ci[j] += a * bk[j];
    }
  }
}

static void gemm_flat(int n, const double *A, const double *B, double *C)
{
  for (int i = 0; i < n; i++)
    for (int k = 0; k < n; k++)
      for (int j = 0; j < n; j++) C[i * n + j] += A[i * n + k] * B[k * n + j];
}

int main(void)
{
  double *A = malloc(sizeof(double) * N * N), *B = malloc(sizeof(double) * N * N);
  double *C = calloc((size_t)N * N, sizeof(double)), *D = calloc((size_t)N * N, sizeof(double));
  for (int i = 0; i < N * N; i++) { A[i] = (i % 7) - 3; B[i] = (i % 5) - 2; }
  gemm(N, A, B, C);
  printf("C[1][2]=%.1f C[N-1][N-1]=%.1f\n", C[N + 2], C[N * N - 1]);
  gemm_flat(N, A, B, D);
  printf("D[1][2]=%.1f D[N-1][N-1]=%.1f\n", D[N + 2], D[N * N - 1]);
  return 0;
}
