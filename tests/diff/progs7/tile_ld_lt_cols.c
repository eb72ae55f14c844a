/* covers: DELAYED_INOUT_2D with ld smaller than cols, so the rows of one tile overlap each other */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void smear(DELAYED_INOUT_2D(4, 6, 3) long *t, long k) {
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 6; j++) t[i * 3 + j] = t[i * 3 + j] * 3 + k + j;
}
DELAYED long total(DELAYED_IN_N(n) const long *a, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = s * 7 % 1000003 + a[i];
  return s;
}

int main(void) {
  long *a = malloc(sizeof(long) * 40);
  for (int i = 0; i < 40; i++) a[i] = i;
  smear(a, 1);        /* covers a[0..15) */
  smear(a + 12, 2);   /* covers a[12..27): overlaps with previous at 12..14 */
  smear(a + 25, 3);   /* a[25..40): overlaps a[25..27) */
  long t = total(a, 40);
  printf("%ld %ld %ld\n", t, a[13], a[26]);
  free(a);
  return 0;
}
