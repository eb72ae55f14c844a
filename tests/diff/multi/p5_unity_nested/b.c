/* b.c (included by a.c, which main.c includes): a DELAYED printer with a
   static counter, and a global written by a helper */
#include <stdio.h>
#include "delayed.h"

static int b_calls;
int b_last = -1;

static void b_remember(int v) { b_last = v; }

static long b_spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED int b_step(int v, long work) {
  b_spin(work);
  b_calls++;
  b_remember(v);
  printf("b_step %d (#%d)\n", v, b_calls);
  return v + b_calls;
}
