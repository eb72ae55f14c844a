/* checkpoint_restart: chunked DELAYED relaxation of a local grid, a DELAYED
   checkpoint writer (fwrite) between rounds, then main "restarts": it reads
   the checkpoint back with fread into a second grid and continues both; the
   checksums must agree with the serial run. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

#define N 4096
#define CH 4

DELAYED void relax(DELAYED_INOUT_N(n) double *a, int n, int iters) {
  for (int it = 0; it < iters; it++)
    for (int i = 1; i + 1 < n; i++) a[i] = 0.25 * a[i - 1] + 0.5 * a[i] + 0.25 * a[i + 1];
}

DELAYED int save_ckpt(const char *path, DELAYED_IN_N(n) const double *a, int n, int step) {
  FILE *f = fopen(path, "wb");
  if (!f) return -1;
  size_t ok = fwrite(&step, sizeof step, 1, f);
  ok += fwrite(a, sizeof *a, (size_t)n, f);
  fclose(f);
  return (int)ok;
}

static double checksum(const double *a, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += a[i] * (i % 13 + 1);
  return s;
}

#define CKPT "p5_ckpt_1.bin"

int main(void) {
  static const char *path = CKPT;
  double grid[N], restored[N];
  remove(path);
  for (int i = 0; i < N; i++) grid[i] = (i * 7919) % 101;
  const int len = N / CH;
  for (int c = 0; c < CH; c++) relax(grid + c * len, len, 20);
  int w1 = save_ckpt(CKPT, grid, N, 1);
  for (int c = 0; c < CH; c++) relax(grid + c * len, len, 20);
  printf("saved %d items, after round 2: %.6f\n", w1, checksum(grid, N));

  FILE *f = fopen(path, "rb");
  if (!f) return 1;
  int step = 0;
  size_t got = fread(&step, sizeof step, 1, f);
  got += fread(restored, sizeof *restored, N, f);
  fclose(f);
  printf("restart from step %d (%zu items): %.6f\n", step, got, checksum(restored, N));
  for (int c = 0; c < CH; c++) relax(restored + c * len, len, 20);
  printf("replayed round 2: %.6f %s\n", checksum(restored, N),
         memcmp(restored, grid, sizeof restored) == 0 ? "same" : "different");
  int w2 = save_ckpt(CKPT, restored, N, 2);
  f = fopen(path, "rb");
  if (!f) return 1;
  got = fread(&step, sizeof step, 1, f);
  fclose(f);
  printf("second checkpoint %d: step %d\n", w2, step);
  remove(path);
  return 0;
}
