/* global_written_then_argument.c — written blind (from the user docs) against loops and batches; its output was wrong (or it crashed) before the fix it tests. */
#include <stdio.h>
#include "delayed.h"

long G = 1;
DELAYED void setg(long v) { volatile long s = 0; for (long j = 0; j < 3000000; j++) s += 1; G = v + s - 3000000; }
DELAYED long f(long i, long k) { return i * 1000 + k; }

int main(void) {
  setg(9);
  long b = f(2, G);
  printf("%ld\n", b);
  return 0;
}
