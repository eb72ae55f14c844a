/* A histogram per tile into its own slice of a buffer, &hists[(ty * ntx + tx)
 * * NBINS], its bins indexed by v % NBINS with v a signed int that never holds
 * a negative value (blind round 48a: "cannot prove how many"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define W 1024
#define H 1024
#define TW 128
#define NBINS 64
static unsigned char img[W * H];
static void tile_hist(const unsigned char *im, int x0, int y0, int *hist) {
  memset(hist, 0, NBINS * sizeof *hist);
  for (int y = y0; y < y0 + TW; y++)
    for (int x = x0; x < x0 + TW; x++) {
      int v = im[y * W + x];
      for (int r = 0; r < 20; r++) v = (v * 31 + r) & 255;
      hist[v % NBINS]++;
    }
}
int main(void) {
  int ntx = W / TW, nty = H / TW;
  int *hists = malloc(sizeof(int) * ntx * nty * NBINS);
  for (int i = 0; i < W * H; i++) img[i] = (unsigned char)((i * 7) ^ (i >> 9));
  for (int ty = 0; ty < nty; ty++)
    for (int tx = 0; tx < ntx; tx++)
      tile_hist(img, tx * TW, ty * TW, &hists[(ty * ntx + tx) * NBINS]);
  long total[NBINS] = {0};
  for (int t = 0; t < ntx * nty; t++)
    for (int b = 0; b < NBINS; b++) total[b] += (long)hists[t * NBINS + b] * (t + 1);
  long s = 0;
  for (int b = 0; b < NBINS; b++) s += total[b] * (b + 1);
  printf("%ld\n", s);
  free(hists);
  return 0;
}
