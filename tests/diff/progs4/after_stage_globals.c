/* after_stage_globals.c — area 4 (globals written by one task, read by another):
 * a three-stage pipeline on a global buffer — load, then scale, then checksum — each
 * a delayed_after task; scale is bound to load's token, checksum to scale's token,
 * and a second round rewrites the buffer with the checksum task bound only to the
 * first round.  Main prints only task results. */
#include <stdio.h>
#include "delayed.h"

#define N 64

static int buffer[N];
static int loaded_rounds;

DELAYED void load(int seed) {
  unsigned x = (unsigned)seed;
  for (int i = 0; i < N; i++) {
    x = x * 1103515245u + 12345u;
    buffer[i] = (int)((x >> 16) % 100);
  }
  loaded_rounds++;
}

DELAYED void scale(int factor) {
  for (int i = 0; i < N; i++)
    buffer[i] *= factor;
}

DELAYED long checksum(void) {
  long s = 0;
  for (int i = 0; i < N; i++)
    s = s * 3 + buffer[i];
  return s % 1000003 + 1000000L * loaded_rounds;
}

int main(void) {
  delayed_token l1 = delayed_after(load(1));
  delayed_token s1 = delayed_after(delayed_bind(scale, l1)(3));
  long c1 = delayed_bind(checksum, s1)();
  delayed_token l2 = delayed_after(load(2));
  delayed_token s2 = delayed_after(delayed_bind(scale, l2)(5));
  long c2 = delayed_bind(checksum, s2)();
  delayed_token l3 = delayed_after(load(3));
  (void)l3;
  long c3 = delayed_bind(checksum, s1)();
  printf("round 1 checksum %ld\n", c1);
  printf("round 2 checksum %ld\n", c2);
  printf("round 3 checksum %ld\n", c3);
  return 0;
}
