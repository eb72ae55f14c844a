/* DELAYED functions on void * and unsigned char * with byte counts
   (DELAYED_OUT_N / DELAYED_IN_N over bytes) used on int blocks (converted
   implicitly) and on a char block at run-time byte offsets, so regions overlap
   only in part. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void fill_bytes(DELAYED_OUT_N(nb) void *p, size_t nb, int c) { memset(p, c, nb); }

DELAYED void copy_bytes(DELAYED_OUT_N(nb) void *dst, DELAYED_IN_N(nb) const void *src, size_t nb) {
  memmove(dst, src, nb);
}

DELAYED unsigned checksum(DELAYED_IN_N(nb) const unsigned char *p, size_t nb) {
  unsigned s = 0;
  for (size_t i = 0; i < nb; i++) s = s * 31u + p[i];
  return s;
}

static int *g_ints;

int main(int argc, char **argv) {
  (void)argv;
  int n = 32;
  g_ints = malloc(sizeof(int) * n);
  int *ints = g_ints;
  for (int i = 0; i < n; i++) ints[i] = i * 0x01010101;
  fill_bytes(ints + 1, 10, 0xAB);       /* bytes 4..13: ints[1], ints[2], half of ints[3] */
  copy_bytes(ints + 3, ints + 2, 20);   /* reads ints[2..6], writes ints[3..7] */
  fill_bytes(ints + 5, 3, 0x11);
  unsigned char *bytes = malloc(200);
  for (int i = 0; i < 200; i++) bytes[i] = (unsigned char)i;
  size_t off = (size_t)argc * 6;        /* 6 */
  fill_bytes(bytes + off, 10, 0xCD);
  copy_bytes(bytes + 2 * off, bytes + 1, 50);
  unsigned c1 = checksum(bytes, 100);
  copy_bytes(bytes + 150, ints, 40);
  copy_bytes(ints + 20, bytes + off, 16);
  unsigned c2 = checksum(bytes + 140, 60);
  fill_bytes(ints, 1, 0x7F);
  long h = 0;
  for (int i = 0; i < n; i++) h = (h * 7 + ints[i] % 1000) % 1000000007;
  printf("%u %u %ld\n", c1, c2, h);
  free(ints);
  free(bytes);
  return 0;
}
