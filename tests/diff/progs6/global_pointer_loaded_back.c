/* A global pointer to a malloc'd block, and a global array reached through a
   pointer: tasks get the global pointer, a local copy of it, and the array's
   address; one DELAYED function also uses the global pointer directly. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

int *g_buf;
int g_arr[24];

DELAYED void shift_in(int *p, int n, int v) {
  for (int i = n - 1; i > 0; i--) p[i] = p[i - 1] + v;
  p[0] = v;
}

DELAYED void via_global(int k) {
  for (int i = 0; i < 24; i++) g_buf[i] = g_buf[i] * 3 - k;
}

DELAYED long checksum(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 5 + p[i]) % 1000000007;
  return s;
}

int main(void) {
  g_buf = malloc(sizeof(int) * 24);
  for (int i = 0; i < 24; i++) { g_buf[i] = i; g_arr[i] = 100 - i; }
  int *local = g_buf;
  int *ga = g_arr;
  shift_in(local, 24, 1);
  via_global(2);
  long c1 = checksum(g_buf, 24);
  shift_in(g_buf, 24, 3);
  shift_in(ga + 4, 10, 4);
  long c2 = checksum(local, 24);
  g_buf = g_arr;                 /* the global pointer now reaches the array */
  via_global(5);
  long c3 = checksum(ga, 24);
  shift_in(local, 12, 6);
  long c4 = checksum(local, 24);
  printf("%ld %ld %ld %ld\n", c1, c2, c3, c4);
  free(local);
  return 0;
}
