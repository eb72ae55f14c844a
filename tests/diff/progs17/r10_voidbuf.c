/* r10_voidbuf.c — DELAYED_*_RANGE, written blind (round 22). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

#define NBYTES 4096
#define NB 8

DELAYED void scramble(DELAYED_INOUT_RANGE(lo, hi) void *buf, int lo, int hi, unsigned char key) {
  usleep(3000);
  unsigned char *b = buf;
  for (int i = lo; i < hi; i++) b[i] = (unsigned char)((b[i] ^ key) + i);
}

DELAYED unsigned sum(DELAYED_IN_RANGE(lo, hi) const void *buf, int lo, int hi) {
  usleep(3000);
  const unsigned char *b = buf;
  unsigned s = 0;
  for (int i = lo; i < hi; i++) s = s * 31 + b[i];
  return s;
}

int main(void) {
  void *buf = malloc(NBYTES);
  unsigned sums[NB];
  if (!buf) return 1;
  memset(buf, 0x5a, NBYTES);
  for (int r = 0; r < 3; r++)
    for (int k = 0; k < NB; k++) scramble(buf, k * (NBYTES / NB), (k + 1) * (NBYTES / NB), (unsigned char)(r * 16 + k));
  /* blocks straddling the previous ones */
  for (int k = 0; k < NB - 1; k++) sums[k] = sum(buf, k * (NBYTES / NB) + 100, (k + 1) * (NBYTES / NB) + 100);
  sums[NB - 1] = sum(buf, 0, NBYTES);
  for (int k = 0; k < NB; k++) printf("%u\n", sums[k]);
  free(buf);
  return 0;
}
