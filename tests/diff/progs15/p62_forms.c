/* look-alike forms that are not updates: b = n - b, f = -f + n, e = e - (n - 1) (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

long a, b, c, d, e, f, g, h;

DELAYED void upd(long n, int ms) {
  usleep(ms * 1000);
  a = a - n + 2 * n;       /* sum-like */
  b = n - b;               /* not an update: order matters */
  c = c * 1 + n;
  d = (d + n);
  e = e - (n - 1);
  f = -f + n;              /* not an update */
  g = n + g + n;
  h = h + n * h;           /* reads h */
}

int main(void) {
  upd(3, 20);
  upd(10, 1);
  upd(7, 5);
  printf("%ld %ld %ld %ld %ld %ld %ld %ld\n", a, b, c, d, e, f, g, h);
  return 0;
}
