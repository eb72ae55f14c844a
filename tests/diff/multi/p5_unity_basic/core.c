/* core.c (included by main.c): a histogram in globals and a DELAYED
   bucketizer; a static call counter */
#include "delayed.h"

#define BUCKETS 10

static int g_hist[BUCKETS];
static int core_calls;

static long core_spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED int bucketize(int v, long work) {
  core_spin(work);
  core_calls++;
  g_hist[v % BUCKETS]++;
  return g_hist[v % BUCKETS];
}

DELAYED long score(int v, long work) {
  core_spin(work);
  return (long)v * v % 97;
}
