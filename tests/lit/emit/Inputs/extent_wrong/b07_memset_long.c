/* b07_memset_long.c — a wrong extent delayc catches when the program runs, written blind (round 30). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

#define NBLK 5
#define BS 24

DELAYED void load(DELAYED_OUT_N(n) int *p, int n, int seed) {
  for (int i = 0; i < n; i++) p[i] = seed * 100 + i;
}

DELAYED long total(DELAYED_IN_N(n) const int *p, int n) {
  usleep(3000);
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}

/* BUG: sizeof(long) instead of sizeof(int): clears twice the bytes */
DELAYED void clear(DELAYED_OUT_N(n) int *p, int n) {
  usleep(1000);
  memset(p, 0, (size_t)n * sizeof(long));
}

int main(void) {
  int *buf = malloc(sizeof(long) * NBLK * BS);
  if (!buf) return 1;
  for (int i = 0; i < NBLK * BS * 2; i++) buf[i] = 7;
  long t[NBLK];
  for (int b = 0; b < NBLK; b++) {
    load(buf + b * BS, BS, b + 1);
    t[b] = total(buf + b * BS, BS);
    clear(buf + b * BS, BS);
  }
  for (int b = 0; b < NBLK; b++) printf("block %d total %ld\n", b, t[b]);
  long rest = 0;
  for (int i = 0; i < NBLK * BS; i++) rest += buf[i];
  printf("after clear %ld\n", rest);
  free(buf);
  return 0;
}
