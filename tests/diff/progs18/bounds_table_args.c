/* bounds_table_args.c — blocks of uneven size taken from a table of bounds (a + bound[b], bound[b + 1] - bound[b]; round 31's prefix.c): no task reaches the table, so the count is read at the spawn and the blocks run in parallel (peak-concurrency test), with the serial output. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define NB 8

DELAYED long block_sum(DELAYED_IN_N(n) const long *p, size_t n) {
  long s = 0;
  for (size_t i = 0; i < n; i++) s += p[i] * (long)(i + 1);
  usleep(2000);
  return s;
}

DELAYED void block_shift(DELAYED_INOUT_N(n) long *p, size_t n, long by) {
  for (size_t i = 0; i < n; i++) p[i] += by;
  usleep(2000);
}

int main(void) {
  size_t bound[NB + 1] = {0, 13, 40, 41, 77, 100, 128, 150, 200};
  long *a = malloc(sizeof *a * bound[NB]);
  if (!a) return 1;
  for (size_t i = 0; i < bound[NB]; i++) a[i] = (long)(i % 17);
  for (int b = 0; b < NB; b++) block_shift(a + bound[b], bound[b + 1] - bound[b], b);
  long s[NB];
  for (int b = 0; b < NB; b++) s[b] = block_sum(a + bound[b], bound[b + 1] - bound[b]);
  for (int b = 0; b < NB; b++) printf("%d %ld\n", b, s[b]);
  free(a);
  return 0;
}
