/* A cursor pointer whose address is taken (char **pp = &p) and moved
 * through it, by ordinary code and by a helper, between tasks. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void stamp(DELAYED_OUT_N(n) char *p, int n, int seed) {
  for (int i = 0; i < n; i++) {
    int v = seed + i;
    for (int k = 0; k < 100; k++) v = (v * 7 + k) % 26;
    p[i] = (char)('a' + v);
  }
}

DELAYED int count_ge(DELAYED_IN_N(n) const char *p, int n, char c) {
  int k = 0;
  for (int i = 0; i < n; i++) k += p[i] >= c;
  return k;
}

static void advance(char **pp, int k) { *pp += k; }

int main(void) {
  char *buf = malloc(65);
  if (!buf) return 1;
  char *p = buf;
  char **pp = &p;
  stamp(p, 8, 1);
  *pp += 8;
  stamp(p, 8, 2);          /* buf[8..15] */
  advance(pp, 8);
  stamp(p, 16, 3);         /* buf[16..31] */
  **pp = 'Z';              /* buf[16]: after stamp #3 */
  (*pp)[1] = 'Y';
  int c1 = count_ge(buf, 32, 'm');
  advance(&p, 16);
  stamp(*pp, 32, 4);       /* buf[32..63] */
  char first = *buf;
  p = buf;
  p[3] = '#';              /* after count_ge read buf */
  int c2 = count_ge(p, 64, 'm');
  buf[64] = '\0';
  printf("c1=%d c2=%d first=%c off=%d\n", c1, c2, first, (int)(p - buf));
  printf("%s\n", buf);
  free(buf);
  return 0;
}
