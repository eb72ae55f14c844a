/* Loop conditions read a zero-terminated buffer that a task writes
 * (while (p[i] != 0)), between tasks on the same and other blocks. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void collatz(DELAYED_OUT_N(cap) int *out, int cap, int start) {
  int i = 0;
  long v = start;
  while (v != 1 && i < cap - 1) {
    out[i++] = (int)v;
    v = (v % 2) ? 3 * v + 1 : v / 2;
  }
  out[i] = 0;
}

DELAYED void halve(DELAYED_INOUT_N(cap) int *p, int cap) {
  for (int i = 0; i < cap && p[i] != 0; i++) p[i] = p[i] / 2 + 1;
}

DELAYED void extend(DELAYED_INOUT_N(n) long *p, int n) {
  for (int i = 1; i < n; i++) {
    long v = p[i - 1];
    for (int k = 0; k < 2000; k++) v = (v * 3 + k) % 1000003;
    p[i] = p[i - 1] + v % 100 + 1;
  }
}

int main(void) {
  int cap = 200;
  int *a = malloc(sizeof *a * (size_t)cap * 3);
  if (!a) return 1;
  collatz(a, cap, 27);
  collatz(a + cap, cap, 97);
  collatz(a + 2 * cap, cap, 871);
  int i = 0;
  while (a[i] != 0) i++;
  int *p = a + cap;
  int len2 = 0;
  while (*p++ != 0) len2++;
  halve(a, cap);
  int j = 0;
  long s = 0;
  while (a[2 * cap + j] != 0) s += a[2 * cap + j++];
  int len1b = 0;
  for (int k = 0; a[k]; k++) len1b++;
  long s1 = 0;
  for (int k = 0; a[k] != 0; k++) s1 += a[k];
  printf("len1=%d len2=%d len3=%d s3=%ld len1b=%d s1=%ld\n", i, len2, j, s, len1b, s1);
  /* grow a sequence block by block while its last value stays below a limit:
   * each condition reads the element the previous block's task wrote last */
  int blk = 8, at;
  long *seq = malloc(sizeof *seq * 200);
  if (!seq) return 1;
  seq[0] = 1;
  for (at = 0; seq[at] < 3000 && at + blk < 200; at += blk) extend(seq + at, blk + 1);
  printf("at=%d last=%ld\n", at, seq[at]);
  free(seq);
  free(a);
  return 0;
}
