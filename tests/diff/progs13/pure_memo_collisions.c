/* pure_memo_collisions.c — written blind (from the user docs) to break DELAYED_PURE's merges and memo; kept as a regression test. */
/* a pure function called from several functions and loops, many keys (more than the 128-entry table), many threads */
#include <stdio.h>
#include "delayed.h"

DELAYED_PURE long heavy(long k) {
  long s = k;
  for (long i = 0; i < 20000; i++) s = (s * 6364136223846793005L + 1442695040888963407L) ^ (s >> 17);
  return s;
}
DELAYED_PURE long heavy2(int a, int b) {
  long s = a * 131 + b;
  for (long i = 0; i < 20000; i++) s = (s * 6364136223846793005L + 1) ^ (s >> 13);
  return s;
}

static long ref_heavy(long k) {
  long s = k;
  for (long i = 0; i < 20000; i++) s = (s * 6364136223846793005L + 1442695040888963407L) ^ (s >> 17);
  return s;
}

long phase_a(int n) {
  long out[600];
  for (int i = 0; i < n; i++) out[i] = heavy(i % 300);   /* 300 distinct keys, each twice */
  long x = 0;
  for (int i = 0; i < n; i++) x ^= out[i] * (i + 1);
  return x;
}
long phase_b(int n) {
  long out[600];
  for (int i = 0; i < n; i++) out[i] = heavy((i * 7) % 13);
  long x = 0;
  for (int i = 0; i < n; i++) x += out[i] % 1000003;
  return x;
}
long phase_c(int n) {
  long out[400];
  for (int i = 0; i < n; i++) out[i] = heavy2(i % 5, i % 3);
  long x = 0;
  for (int i = 0; i < n; i++) x = x * 31 + out[i] % 97;
  return x;
}

int main(void) {
  long a = phase_a(600);
  long b = phase_b(600);
  long c = phase_c(400);
  long ra = 0;
  for (int i = 0; i < 600; i++) ra ^= ref_heavy(i % 300) * (i + 1);
  printf("a=%ld (ref %ld) b=%ld c=%ld\n", a, ra, b, c);
  long h1 = heavy(5);
  long h2 = heavy(5);
  long h3 = heavy(6);
  printf("%ld %ld %ld\n", h1, h2, h3);
  return 0;
}
