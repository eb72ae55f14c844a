/* free and malloc reusing addresses on memory delayc only tracks at run time
   (blocks from an allocation helper): free must wait for the pending tasks on
   the old block, and tasks on the new block (often at the same address) must
   not be confused with the old block's tasks. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static int *grab(int n) { return malloc(sizeof(int) * (size_t)n); }
static void drop(int *p) { free(p); }

DELAYED void churn(DELAYED_INOUT_N(n) int *p, int n, int k) {
  for (int r = 0; r < 40; r++)
    for (int i = 0; i < n; i++) p[i] = (p[i] * 5 + k + r) % 65521;
}

DELAYED void stamp(int *p, int v) { p[0] = v; }

DELAYED long digest(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 17 + p[i]) % 1000000007;
  return s;
}

int main(void) {
  int n = 64;
  long acc = 0;
  for (int round = 0; round < 6; round++) {
    int *a = grab(n);
    for (int i = 0; i < n; i++) a[i] = i + round;
    churn(a, n, 1);
    churn(a + 8, 16, 2);
    stamp(a + 20, round);
    if (round % 2) drop(a); else free(a);
    int *b = grab(n);
    for (int i = 0; i < n; i++) b[i] = 3 * i;
    churn(b + 4, 8, 3);
    long d = digest(b, n);
    acc = acc * 7 + d % 100000;
    free(b);
  }
  printf("%ld\n", acc);
  return 0;
}
