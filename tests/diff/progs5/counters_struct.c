/* counters_struct: a global struct of counters updated by DELAYED tasks
   through a non-DELAYED helper that takes the address of one member, and
   through a pointer kept in a global ("current bucket"); main reads members,
   re-aims the global pointer, and zeroes a member between spawns. */
#include <stdio.h>
#include "delayed.h"

struct counters {
  long ok, bad;
  long buckets[4];
};

static struct counters g_cnt;
static long *g_bucket = &g_cnt.buckets[0];

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

static void add_to(long *p, long by) { *p += by; }

DELAYED int classify(int x, long work) {
  spin(work);
  if (x % 3 == 0) add_to(&g_cnt.bad, 1);
  else add_to(&g_cnt.ok, 1);
  *g_bucket += x;
  return x % 3;
}

int main(void) {
  int c[6];
  for (int i = 0; i < 6; i++) c[i] = classify(i + 1, (6 - i) * 100000L);
  printf("ok=%ld bad=%ld b0=%ld\n", g_cnt.ok, g_cnt.bad, g_cnt.buckets[0]);
  g_bucket = &g_cnt.buckets[2];
  for (int i = 0; i < 3; i++) c[i] = classify(10 + i, (3 - i) * 100000L);
  g_cnt.ok = 0;
  int last = classify(20, 100000);
  printf("ok=%ld bad=%ld b0=%ld b2=%ld last=%d\n", g_cnt.ok, g_cnt.bad, g_cnt.buckets[0],
         g_cnt.buckets[2], last);
  for (int i = 0; i < 6; i++) printf("%d", c[i]);
  printf("\n");
  return 0;
}
