/* An ordinary helper taking pointer parameters spawns tasks on chunks of its
   argument; it is called with overlapping arguments (buf and buf + n/2), so
   chunks of different calls overlap, and with a global array. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

int g_data[64];

DELAYED void chunk_work(DELAYED_INOUT_N(m) int *p, int m, int salt) {
  for (int i = 0; i < m; i++) p[i] = (p[i] * 5 + salt + i) % 100003;
}

static void process(int *a, int n, int salt) {
  for (int c = 0; c < n; c += 8)
    chunk_work(a + c, (n - c < 8) ? n - c : 8, salt + c);
}

static long sig(const int *a, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 3 + a[i]) % 1000000007;
  return s;
}

int main(void) {
  int n = 40;
  int *buf = malloc(sizeof(int) * 2 * n);
  for (int i = 0; i < 2 * n; i++) buf[i] = i;
  for (int i = 0; i < 64; i++) g_data[i] = 64 - i;
  process(buf, n, 1);
  process(buf + n / 2, n, 2);
  process(buf + 3, n, 3);
  process(g_data, 64, 4);
  process(g_data + 1, 20, 5);
  printf("%ld %ld\n", sig(buf, 2 * n), sig(g_data, 64));
  free(buf);
  return 0;
}
