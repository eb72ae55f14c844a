/* memo_cache_stats: a memo cache in globals (values, known flags, hit and miss
   counters) used by DELAYED queries; the counters depend on the order of the
   queries; main prints them right after spawning, resets the cache with
   memset and direct stores, and queries again. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

#define MEMO 96

static long g_memo[MEMO];
static unsigned char g_known[MEMO];
static int g_hits, g_misses;

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

static long fibm(int n) {
  if (n < 2) return n;
  if (g_known[n]) {
    g_hits++;
    return g_memo[n];
  }
  g_misses++;
  long v = fibm(n - 1) + fibm(n - 2);
  g_memo[n] = v;
  g_known[n] = 1;
  return v;
}

DELAYED long query(int n, long work) {
  spin(work);
  return fibm(n);
}

int main(void) {
  const int q[6] = {30, 10, 45, 20, 50, 5};
  long r[6];
  for (int i = 0; i < 6; i++) r[i] = query(q[i], (6 - i) * 120000L);
  printf("round 1: hits=%d misses=%d\n", g_hits, g_misses);
  for (int i = 0; i < 6; i++) printf("fib(%d)=%ld\n", q[i], r[i]);

  memset(g_known, 0, sizeof g_known);
  g_hits = g_misses = 0;
  for (int i = 5; i >= 0; i--) r[i] = query(q[i], (i + 1) * 120000L);
  printf("round 2: hits=%d misses=%d\n", g_hits, g_misses);
  long s = 0;
  for (int i = 0; i < 6; i++) s += r[i];
  printf("sum=%ld\n", s);
  return 0;
}
