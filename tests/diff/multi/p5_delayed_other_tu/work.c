/* work.c: the bodies; crunch counts its calls in a static, announce prints */
#include <stdio.h>
#include "work.h"

static long calls;

DELAYED long crunch(int i, long n) {
  long s = i;
  for (long k = 0; k < n; k++) s = (s * 31 + k) % 1000003;
  calls++;
  return s * 100 + calls;
}

DELAYED void announce(int i) { printf("announce %d (calls %ld)\n", i, calls); }

long work_calls(void) { return calls; }
