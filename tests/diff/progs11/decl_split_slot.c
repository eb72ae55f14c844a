/* decl_split_slot.c — a declaration of two pointers in a loop body, one of them a slot (tasks use it): the other stays declared (it was dropped). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED int f(DELAYED_IN_N(3) const int *w) { return w[0] + w[1] + w[2]; }
int main(void) {
  int n = 8;
  int *A = calloc(12, sizeof(int)), *B = calloc(12, sizeof(int));
  int *in = A, *out = B;
  for (int t = 0; t < 3; t++) {
    for (int i = 1; i <= n; i++) out[i] = f(in + i - 1);
    int *tmp = in; in = out; out = tmp;
  }
  static int L0[10], L1[10];
  for (int i = 0; i < 10; i++) { L0[i] = i; L1[i] = 0; }
  int *buf[2] = { L0, L1 };
  for (int t = 0; t < 4; t++) {
    int *src = buf[t % 2], *dst = buf[(t + 1) % 2];
    for (int i = 1; i <= 8; i++) dst[i] = f(src + i - 1);
  }
  printf("%d %d\n", L0[3], A[5]);
  free(A); free(B);
  return 0;
}
