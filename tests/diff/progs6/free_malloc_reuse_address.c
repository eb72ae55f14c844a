/* free and malloc reusing an address: a task works on block A, A is freed,
   a new block B (often at A's address) gets a task of its own; the runtime's
   region comparison must not confuse them, and free must wait for A's task. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void mark(DELAYED_INOUT_N(n) int *p, int n, int v) {
  for (int i = 0; i < n; i++) p[i] = p[i] * 7 + v;
}

DELAYED long digest(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 17 + p[i]) % 1000000007;
  return s;
}

int main(void) {
  int n = 32;
  long acc = 0;
  for (int round = 0; round < 5; round++) {
    int *a = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) a[i] = i + round;
    mark(a, n, 1);
    long d = digest(a, n);
    mark(a, n, 2);
    acc = (acc * 3 + d) % 1000000007;
    acc += a[n - 1];
    free(a);
    int *b = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) b[i] = -i;
    mark(b, n, 3);
    acc += digest(b, n) % 1000;
    free(b);
  }
  printf("%ld\n", acc);
  return 0;
}
