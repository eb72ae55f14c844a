/* A recursive DELAYED function with DELAYED_CUTOFF on pointer halves: it
   calls itself on [p, p+h+1) and [p+h, p+n) (the halves share one element),
   then fixes up the shared element; the caller reads the block after. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED DELAYED_CUTOFF(n <= 8)
void smooth(DELAYED_INOUT_N(n) int *p, int n, int depth) {
  if (n <= 8) {
    for (int i = 1; i < n; i++) p[i] = (p[i] + 2 * p[i - 1] + depth) % 10007;
    return;
  }
  int h = n / 2;
  smooth(p, h + 1, depth + 1);
  smooth(p + h, n - h, depth + 1);
  p[h] = (p[h] * 3 + p[0]) % 10007;
}

static int *make(int n) {
  int *p = malloc(sizeof(int) * (size_t)n);
  for (int i = 0; i < n; i++) p[i] = (i * 37) % 101;
  return p;
}

int main(void) {
  int n = 1000;
  int *a = make(n);
  smooth(a, n, 0);
  smooth(a + 100, 300, 5);
  smooth(a + 350, 400, 7);
  long h = 0;
  for (int i = 0; i < n; i++) h = (h * 31 + a[i]) % 1000000007;
  printf("%ld %d %d\n", h, a[0], a[n - 1]);
  free(a);
  return 0;
}
