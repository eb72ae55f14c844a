/* a03_memcpy_memset.c — extents checked at compile time or when the program runs, right declarations, written blind (round 30). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

#define NBLK 6
#define BS 64

/* copy a block, then clear the source's tail with memset */
DELAYED int copy_and_clear(DELAYED_OUT_N(n) int *dst, DELAYED_INOUT_N(n) int *src, int n, int keep) {
  usleep(2000);
  memcpy(dst, src, (size_t)n * sizeof *dst);
  memset(src + keep, 0, (size_t)(n - keep) * sizeof *src);
  int s = 0;
  for (int i = 0; i < keep; i++) s += src[i];
  return s;
}

DELAYED long checksum(DELAYED_IN_N(n) const int *v, int n) {
  usleep(2000);
  long h = 7;
  for (int i = 0; i < n; i++) h = (h * 31 + v[i]) % 1000003;
  return h;
}

int main(void) {
  int *src = malloc(sizeof(int) * NBLK * BS);
  int *dst = malloc(sizeof(int) * NBLK * BS);
  if (!src || !dst) return 1;
  for (int i = 0; i < NBLK * BS; i++) src[i] = (i * 37) % 101;
  int kept[NBLK];
  for (int b = 0; b < NBLK; b++)
    kept[b] = copy_and_clear(dst + b * BS, src + b * BS, BS, 8 + b * 4);
  long h1[NBLK], h2[NBLK];
  for (int b = 0; b < NBLK; b++) {
    h1[b] = checksum(dst + b * BS, BS);
    h2[b] = checksum(src + b * BS, BS);
  }
  for (int b = 0; b < NBLK; b++)
    printf("block %d kept %d dst %ld src %ld\n", b, kept[b], h1[b], h2[b]);
  free(src);
  free(dst);
  return 0;
}
