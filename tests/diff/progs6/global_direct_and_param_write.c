/* A DELAYED function writes a global array directly while another DELAYED
   function writes the same global through its pointer parameter; main also
   passes the global's address through a local pointer. */
#include <stdio.h>
#include "delayed.h"

int g[16];

DELAYED void set_direct(int v) {
  for (int i = 0; i < 16; i++) g[i] = g[i] * 2 + v;
}

DELAYED void set_via(int *p, int n, int v) {
  for (int i = 0; i < n; i++) p[i] = p[i] * 3 + v;
}

DELAYED void set_via_n(DELAYED_INOUT_N(n) int *p, int n, int v) {
  for (int i = 0; i < n; i++) p[i] = p[i] - v;
}

DELAYED int read_direct(int i) { return g[i]; }

int main(void) {
  for (int i = 0; i < 16; i++) g[i] = i;
  int *p = g;
  set_direct(1);
  set_via(p, 16, 2);
  set_direct(3);
  set_via_n(p + 4, 8, 4);
  int r1 = read_direct(5);
  set_via(g + 2, 4, 5);
  set_direct(6);
  int r2 = read_direct(3);
  set_via_n(&g[10], 6, 7);
  int r3 = read_direct(12);
  long s = 0;
  for (int i = 0; i < 16; i++) s = (s * 11 + g[i]) % 1000000007;
  printf("%d %d %d %ld\n", r1, r2, r3, s);
  return 0;
}
