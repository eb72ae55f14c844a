/* tls_last_error: a _Thread_local "last error" global set by DELAYED
   workers (an errno of the program's own) and read by main after using the
   results; and a _Thread_local scratch counter. */
#include <stdio.h>
#include "delayed.h"

static _Thread_local int g_last_error;
static _Thread_local long g_scratch_uses;

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED long checked_sqrt(long x, long work) {
  spin(work);
  g_scratch_uses++;
  if (x < 0) {
    g_last_error = 33;
    return -1;
  }
  long r = 0;
  while ((r + 1) * (r + 1) <= x) r++;
  return r;
}

int main(void) {
  g_last_error = 0;
  long a = checked_sqrt(1000000, 300000);
  long b = checked_sqrt(-4, 300000);
  if (b < 0) printf("error %d (a=%ld)\n", g_last_error, a);
  long c = checked_sqrt(49, 100000);
  printf("c=%ld uses=%ld\n", c, g_scratch_uses);
  return 0;
}
