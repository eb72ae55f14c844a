/* A task inside a helper function called from a loop (blind round 48b): the
   helper waits for its task when it returns, so the loop ran the tasks one
   after another, and emit said nothing. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED void work(DELAYED_OUT_N(n) long *out, int n, int seed) {
  for (int i = 0; i < n; i++) { long v = seed + i; for (int r = 0; r < 20000; r++) v = (v * 13 + 7) % 1000003; out[i] = v; }
}
static void process_block(long *out, int lo, int hi) { work(out + lo, hi - lo, lo); }
int main(void) {
  int n = 8 * 500;
  long *out = malloc(n * sizeof *out);
  for (int b = 0; b < n; b += 500) process_block(out, b, b + 500);
  long s = 0; for (int i = 0; i < n; i++) s = (s + out[i] * (i % 7)) % 1000000007;
  printf("%ld\n", s);
  free(out); return 0;
}
