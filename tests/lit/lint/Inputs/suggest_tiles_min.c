/* Blocked loops whose inner bound is a clamp (blind round 47 shapes, C89):
 * `imax = MIN(ii + BS, N); for (i = ii; i < imax; i++)`, the block's end
 * lowered after `iend = ib + BS; if (iend > N) iend = N;`, and the clamp
 * written as a conditional in the loop's own condition.  Each outer block
 * is the task: its rows [ii, ii + BS) of the result. */
#include <stdio.h>

#define N 300
#define BS 32
#define MIN(a, b) ((a) < (b) ? (a) : (b))

static double A[N][N], B[N][N], C[N][N];
static double sig[20000], out[20000];

int main(void) {
  int i, j, k, ii, jj, kk, imax, jmax, kmax, ib, iend;
  double t = 0;
  for (i = 0; i < N; i++)
    for (j = 0; j < N; j++) {
      A[i][j] = (i * 7 + j) % 13 * 0.5;
      B[i][j] = (i + j * 3) % 11 * 0.25;
      C[i][j] = 0;
    }
  for (ii = 0; ii < N; ii += BS) {
    imax = MIN(ii + BS, N);
    for (kk = 0; kk < N; kk += BS) {
      kmax = MIN(kk + BS, N);
      for (jj = 0; jj < N; jj += BS) {
        jmax = MIN(jj + BS, N);
        for (i = ii; i < imax; i++)
          for (k = kk; k < kmax; k++)
            for (j = jj; j < jmax; j++) C[i][j] += A[i][k] * B[k][j];
      }
    }
  }
  for (i = 0; i < 20000; i++) sig[i] = (i % 97) * 0.25;
  for (ib = 0; ib < 20000; ib += 700) {
    iend = ib + 700;
    if (iend > 20000) iend = 20000;
    for (i = ib; i < iend; i++) {
      double s = 0;
      for (k = 0; k < 300; k++) s += sig[i] * k * 1e-3;
      out[i] = s;
    }
  }
  for (i = 0; i < N; i++)
    for (j = 0; j < N; j++) t += C[i][j] * ((i + j) % 5);
  for (i = 0; i < 20000; i += 7) t += out[i];
  printf("%.3f\n", t);
  return 0;
}
