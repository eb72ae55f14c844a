/* pure_straight.c — written blind (from the user docs) to break DELAYED_PURE's merges and memo; kept as a regression test. */
/* straight-line identical pure calls; first result stored in a narrower type */
#include <stdio.h>
#include "delayed.h"

DELAYED_PURE int sq(int x) {
  int s = 0;
  for (int i = 0; i < 100000; i++) s += (x * x + i) % 7;
  return x * x + (s & 0);   /* s&0 keeps the loop but not its value */
}
DELAYED_PURE long big(long x) {
  long s = 0;
  for (long i = 0; i < 100000; i++) s ^= i * x;
  return (1L << 60) + x + (s & 0);
}
DELAYED_PURE double half(double x) {
  double s = 0;
  for (int i = 0; i < 100000; i++) s += x / (i + 1);
  return x / 3.0 + 0 * s;
}

int main(void) {
  int a = sq(7);
  int b = sq(7);
  printf("a=%d b=%d\n", a, b);

  char c = sq(20);        /* 400 -> char */
  int d = sq(20);         /* must be 400 */
  printf("c=%d d=%d\n", (int)c, d);

  unsigned char uc = sq(16);  /* 256 -> 0 */
  int e = sq(16);
  printf("uc=%d e=%d\n", (int)uc, e);

  _Bool bb = sq(3);
  int f = sq(3);
  printf("bb=%d f=%d\n", (int)bb, f);

  double dd = big(1);     /* 2^60+1 -> double loses the +1 */
  long g = big(1);
  printf("dd=%.0f g=%ld\n", dd, g);

  float ff = half(1.0);
  double h = half(1.0);
  printf("ff=%.17g h=%.17g\n", (double)ff, h);

  int i2;
  short s16;
  s16 = sq(300);          /* 90000 -> short */
  i2 = sq(300);
  printf("s16=%d i2=%d\n", (int)s16, i2);
  return 0;
}
