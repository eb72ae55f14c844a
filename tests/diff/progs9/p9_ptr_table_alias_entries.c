/* Two entries of a pointer table point to the same block: tasks on the two
 * entries, and ordinary writes through either, must keep their order. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void twice_plus(DELAYED_INOUT_N(n) long *p, int n, long c) {
  for (int i = 0; i < n; i++) {
    long v = p[i];
    for (int k = 0; k < 50; k++) v = (v * 2 + c) % 100007;
    p[i] = v;
  }
}

DELAYED long sum(DELAYED_IN_N(n) const long *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i] * (i + 1);
  return s;
}

int main(void) {
  int n = 16;
  long **T = malloc(4 * sizeof *T);
  if (!T) return 1;
  T[0] = malloc(sizeof(long) * (size_t)n);
  T[1] = malloc(sizeof(long) * (size_t)n);
  if (!T[0] || !T[1]) return 1;
  T[2] = T[0];
  T[3] = T[1] + n / 2;                  /* inside T[1] */
  for (int i = 0; i < n; i++) { T[0][i] = i; T[1][i] = 2 * i; }
  twice_plus(T[0], n, 1);
  twice_plus(T[2], n, 2);               /* the same block */
  T[2][3] = 5;                          /* after both */
  long a = sum(T[0], n);
  twice_plus(T[3], n / 2, 3);           /* second half of T[1] */
  T[1][0] = 9;                          /* disjoint from it */
  long b = sum(T[1], n / 2);
  T[1][n - 1] = 0;                      /* overlaps twice_plus(T[3]) */
  long c = sum(T[3], n / 2);
  twice_plus(T[2] + 4, 4, 4);
  long d = T[0][5] + T[2][6];
  printf("a=%ld b=%ld c=%ld d=%ld\n", a, b, c, d);
  free(T[0]);
  free(T[1]);
  free(T);
  return 0;
}
