/* View offsets and lengths read from input data: overlap known only at run time. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void stamp(DELAYED_INOUT_N(len) long *x, int len, long tag) {
  for (int rep = 0; rep < 30; rep++)
    for (int i = 0; i < len; i++) x[i] = (x[i] * 7 + tag + i) % 1000033;
}

DELAYED long digest(DELAYED_IN_N(len) const long *x, int len) {
  long s = 0;
  for (int i = 0; i < len; i++) s = (s * 131 + x[i]) % 1000000007;
  return s;
}

static const char *input = "12 40  60 30  95 20  100 50  3 9  149 1  0 150  70 11";

int main(void) {
  int n = 160;
  long *a = calloc((size_t)n, sizeof *a);
  int off[8], len[8], k = 0, used = 0, pos = 0;
  while (k < 8 && sscanf(input + pos, "%d %d%n", &off[k], &len[k], &used) == 2) {
    pos += used;
    k++;
  }
  long d[8] = { 0 };
  for (int i = 0; i < k; i++) {
    long *view = a + off[i];
    stamp(view, len[i], i + 1);
    if (off[i] % 2 == 0) stamp(a + off[i] / 2, len[i] / 2 + 1, 100 + i);
  }
  for (int i = 0; i < k; i++) d[i] = digest(a + off[i], len[i]);
  int j = (int)(d[0] % 50);                /* an offset computed from a result */
  stamp(a + j, 10, 777);
  for (int i = 0; i < k; i++) printf("view %d [%d,%d): %ld\n", i, off[i], off[i] + len[i], d[i]);
  printf("j=%d all=%ld\n", j, digest(a, n));
  free(a);
  return 0;
}
