/* A global array: some tasks get views of it as parameters, one task writes it by
 * name, and main writes it directly between tasks. */
#include <stdio.h>
#include "delayed.h"

#define N 1000
static long G[N];

DELAYED void fill(DELAYED_OUT_N(n) long *x, int n, long seed) {
  for (int i = 0; i < n; i++) x[i] = (seed * 7 + (long)i * 3) % 1013;
}

DELAYED void touch_global(int from, int to, long k) {       /* writes G by name */
  for (int r = 0; r < 20; r++)
    for (int i = from; i < to; i++) G[i] = (G[i] * k + i) % 10007;
}

DELAYED long total(DELAYED_IN_N(n) const long *x, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 5 + x[i]) % 1000000007;
  return s;
}

int main(void) {
  fill(G, N / 2, 1);
  fill(G + N / 2, N / 2, 2);
  G[250] = 7;                          /* direct write, after fill */
  touch_global(200, 600, 3);           /* across both views */
  long t1 = total(G + N / 2, N / 2);   /* a view read after the by-name write */
  fill(G + 900, 100, 3);
  touch_global(0, 100, 5);
  long t2 = total(G, N / 2);
  G[999] += t2 % 10;
  long t3 = total(G, N);
  printf("t1=%ld t2=%ld t3=%ld G[250]=%ld G[999]=%ld\n", t1, t2, t3, G[250], G[999]);
  return 0;
}
