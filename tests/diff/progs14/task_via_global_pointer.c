/* task_via_global_pointer.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
int *gp;
static long spin(long x) { long s = x; for (int i = 0; i < 200000; i++) s = (s * 1103515245 + 12345) % 1000003; return s; }
DELAYED void fill(DELAYED_OUT_N(4) int *p, int x) { long s = spin(x); for (int k = 0; k < 4; k++) p[k] = (int)(s + k); }
DELAYED long sumgp(int n) { long t = spin(3) % 2; for (int i = 0; i < n; i++) t = t * 31 + gp[i]; return t; }
DELAYED void wgp(int i, int x) { gp[i] = (int)spin(x); }
static int *hist(void) { static int h[8]; return h; }
DELAYED void addh(int x) { hist()[x % 8] += (int)(spin(x) % 1000); }
int main(void) {
  int *h = malloc(64 * sizeof(int));
  gp = h;
  for (int i = 0; i < 16; i++) fill(h + 4 * i, i);
  long a = sumgp(64);                 /* task reading via global pointer what fill tasks wrote */
  for (int i = 0; i < 16; i++) fill(h + 4 * i, i + 50);   /* WAR with sumgp */
  printf("%ld\n", a);
  for (int i = 0; i < 64; i++) wgp(i, i);
  long t = 0; for (int i = 0; i < 64; i++) t = t * 31 + h[i];
  printf("%ld\n", t);
  for (int i = 0; i < 64; i++) wgp(i, i + 1);
  printf("%d\n", h[40]);
  for (int i = 0; i < 32; i++) addh(i);
  int *hh = hist();
  printf("%d %d\n", hh[0], hh[7]);
  free(h);
  return 0;
}
