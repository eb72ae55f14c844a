/* result_index_global.c — written blind (from the user docs) against loops and batches; its output was wrong (or it crashed) before the fix it tests. */
#include <stdio.h>
#include "delayed.h"

DELAYED long h(long i) { return i * 10; }
int gi;

int main(void) {
  long d[20] = {0}, e[20] = {0};
  static int si;
  for (si = 0; si < 10; si++) d[si] = h(si);
  for (gi = 0; gi < 10; gi++) e[gi] = h(gi);
  for (int i = 0; i < 12; i++) printf("%ld %ld\n", d[i], e[i]);
  return 0;
}
