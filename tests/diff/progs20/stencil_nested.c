/* 2-D smoothing in row blocks: nested index macros, MIN/MAX bounds, compute + residual each sweep */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define IDX(i, j) ((i) * cols + (j))
#define GET(m, i, j) (m)[IDX(i, j)]
#define SWAPP(a, b) do { float *t_ = (a); (a) = (b); (b) = t_; } while (0)

#define ROWS 1024
#define COLS 1024
#define NBLK 4
#define SWEEPS 6

/* rows r0 .. r1-1 of dst from a 3x3 neighbourhood of src, clamped at the borders */
DELAYED void smooth_rows(DELAYED_IN_N(rows * cols) const float *src,
                         DELAYED_OUT_RANGE(r0 * cols, r1 * cols) float *dst,
                         int rows, int cols, int r0, int r1) {
  for (int r = r0; r < r1; r++)
    for (int c = 0; c < cols; c++) {
      float s = 0.0f;
      int n = 0;
      for (int ii = MAX(r - 1, 0); ii <= MIN(r + 1, rows - 1); ii++)
        for (int jj = MAX(c - 1, 0); jj <= MIN(c + 1, cols - 1); jj++) {
          s += GET(src, ii, jj);
          n++;
        }
      GET(dst, r, c) = s / (float)n;
    }
}

/* the largest change of a block of rows, for the residual */
DELAYED float block_change(DELAYED_IN_RANGE(r0 * cols, r1 * cols) const float *a,
                           DELAYED_IN_RANGE(r0 * cols, r1 * cols) const float *b,
                           int cols, int r0, int r1) {
  float m = 0.0f;
  for (int i = r0 * cols; i < r1 * cols; i++) m = MAX(m, fabsf(a[i] - b[i]));
  return m;
}

int main(void) {
  float *u = malloc(sizeof(float) * ROWS * COLS);
  float *v = malloc(sizeof(float) * ROWS * COLS);
  if (!u || !v) return 1;
  for (int i = 0; i < ROWS; i++)
    for (int j = 0; j < COLS; j++)
      u[i * COLS + j] = (float)(((i * 37) ^ (j * 91)) % 256) / 16.0f;

  const int bh = ROWS / NBLK;
  for (int sweep = 0; sweep < SWEEPS; sweep++) {
    for (int b = 0; b < NBLK; b++)
      smooth_rows(u, v, ROWS, COLS, b * bh, MIN((b + 1) * bh, ROWS));
    float ch[NBLK];
    for (int b = 0; b < NBLK; b++)
      ch[b] = block_change(u, v, COLS, b * bh, MIN((b + 1) * bh, ROWS));
    delayed_compute(ch);
    float worst = 0.0f;
    for (int b = 0; b < NBLK; b++) worst = MAX(worst, ch[b]);
    printf("sweep %d: max change %.6f\n", sweep, worst);
    SWAPP(u, v);
  }

  double cs = 0;
  for (int i = 0; i < ROWS * COLS; i += 3) cs += (double)u[i] * (double)(1 + i % 11);
  printf("checksum=%.4f\n", cs);
  free(u);
  free(v);
  return 0;
}
