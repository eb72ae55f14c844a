/* r06_offsets.c — DELAYED_*_RANGE, written blind (round 22). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define N 400

DELAYED void put(DELAYED_OUT_RANGE(0, len) int *p, int len, int v) {
  usleep(3000);
  for (int i = 0; i < len; i++) p[i] = v * 1000 + i;
}

/* reads p[-h] .. p[h-1] around p */
DELAYED long around(DELAYED_IN_RANGE(-h, h) const int *p, int h) {
  usleep(3000);
  long s = 0;
  for (int i = -h; i < h; i++) s = s * 7 + p[i];
  return s % 1000000007;
}

DELAYED void bump(DELAYED_INOUT_RANGE(-h, h) int *p, int h) {
  usleep(3000);
  for (int i = -h; i < h; i++) p[i] = p[i] * 2 + 1;
}

int main(void) {
  int *buf = malloc(N * sizeof *buf);
  if (!buf) return 1;
  for (int i = 0; i < N; i++) buf[i] = -1;
  put(buf, 100, 1);            /* 0..99 */
  put(buf + 100, 100, 2);      /* 100..199 */
  put(&buf[200], 100, 3);      /* 200..299 */
  put(&buf[300], 100, 4);      /* 300..399 */
  long a = around(&buf[100], 10);  /* 90..109: after put 1 and 2 */
  bump(buf + 200, 5);              /* 195..204 */
  long b = around(buf + 200, 8);   /* 192..207: after bump */
  bump(&buf[150], 60);             /* 90..209 */
  long c = around(&buf[300], 100); /* 200..399 */
  long s = 0;
  for (int i = 0; i < N; i++) s = (s * 3 + buf[i]) % 1000000007;
  printf("a=%ld b=%ld c=%ld s=%ld\n", a, b, c, s);
  free(buf);
  return 0;
}
