/* Double buffering: two malloc'd blocks swapped after each step; tasks read
   the current block (DELAYED_IN_N) and write the next (DELAYED_OUT_N) in
   chunks, so each step depends on the previous one through swapped pointers. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void stencil(DELAYED_OUT_N(m) int *dst, DELAYED_IN_N(m + 2) const int *src, int m) {
  for (int i = 0; i < m; i++) dst[i] = (src[i] + 2 * src[i + 1] + src[i + 2]) % 1009;
}

int main(void) {
  int n = 66, chunk = 16;
  int *cur = malloc(sizeof(int) * n);
  int *nxt = malloc(sizeof(int) * n);
  for (int i = 0; i < n; i++) { cur[i] = i * i % 97; nxt[i] = 0; }
  for (int step = 0; step < 6; step++) {
    for (int c = 0; c < n - 2; c += chunk) {
      int m = (n - 2 - c < chunk) ? n - 2 - c : chunk;
      stencil(nxt + 1 + c, cur + c, m);
    }
    nxt[0] = cur[0];
    nxt[n - 1] = cur[n - 1];
    int *t = cur; cur = nxt; nxt = t;
  }
  long h = 0;
  for (int i = 0; i < n; i++) h = (h * 131 + cur[i]) % 1000000007;
  printf("%ld\n", h);
  free(cur);
  free(nxt);
  return 0;
}
