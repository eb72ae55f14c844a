/* Uses of a DELAYED function's parameter spelled in a macro's arguments:
 * SWAP and LESS take them plainly, so their checks go into the arguments;
 * SHOW stringizes its argument, so a use in it is not rewritten.  With
 * BAD_EXTENT, sort_part declares half of what it sorts. */
#include <stdio.h>
#include "delayed.h"

#define SWAP(x, y) do { int t_ = (x); (x) = (y); (y) = t_; } while (0)
#define LESS(x, y) ((x) < (y))
#define SHOW(x) (fprintf(stderr, "%s ", #x), (x))
#define N 4096
#define P 8

/* insertion sort: the swapped elements run from j down, in a while loop
 * whose range delayc does not work out (a for loop's it does: no check) */
#ifdef BAD_EXTENT
DELAYED void sort_part(DELAYED_INOUT_N(n / 2) int *a, int n) {
#else
DELAYED void sort_part(DELAYED_INOUT_N(n) int *a, int n) {
#endif
  for (int i = 1; i < n; i++) {
    int j = i;
    while (j > 0 && LESS(a[j], a[j - 1])) { SWAP(a[j - 1], a[j]); j--; }
  }
}

/* a[perm[i]] in a stringizing macro: no check can go there */
DELAYED void pick(DELAYED_IN_N(n) const int *a, DELAYED_IN_N(n) const int *perm, int n, DELAYED_OUT long *out) {
  long s = 0;
  for (int i = 0; i < n; i += n / 2) s += SHOW(a[perm[i]]);
  *out = s;
}

int main(void) {
  static int v[N], perm[N];
  unsigned s = 1;
  for (int i = 0; i < N; i++) {
    s = s * 1103515245u + 12345u;
    v[i] = (int)(s >> 8) % 100000;
    perm[i] = (i * 7) % N;
  }
  for (int p = 0; p < P; p++) sort_part(v + p * (N / P), N / P);
  long sum = 0;
  for (int i = 0; i < N; i++) sum += (long)v[i] * (i % 7);
  long o = 0;
  pick(v, perm, N, &o);
  printf("%ld %ld\n", sum, o);
  return 0;
}
