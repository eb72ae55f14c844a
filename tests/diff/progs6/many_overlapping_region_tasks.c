/* Stress of the run-time region comparison: thousands of small tasks on
   windows of one block (reached only through a pointer returned by a helper)
   that overlap their neighbours by one element, in several sweeps with
   different strides, plus read tasks; the result depends on every order. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static unsigned *get_block(int n) { return calloc((size_t)n, sizeof(unsigned)); }

DELAYED void mix(DELAYED_INOUT_N(w) unsigned *p, int w, unsigned salt) {
  for (int i = 1; i < w; i++) p[i] = p[i] * 2654435761u + p[i - 1] + salt;
  p[0] ^= p[w - 1] >> 3;
}

DELAYED unsigned peek(DELAYED_IN_N(w) const unsigned *p, int w) {
  unsigned s = 0;
  for (int i = 0; i < w; i++) s = s * 31u + p[i];
  return s;
}

int main(int argc, char **argv) {
  (void)argv;
  int n = 4000, w = 3 + argc;  /* windows of 4 */
  unsigned *b = get_block(n);
  for (int i = 0; i < n; i++) b[i] = (unsigned)i;
  unsigned acc = 0;
  for (int sweep = 0; sweep < 3; sweep++) {
    int stride = w - 1 - sweep % 2;   /* 3 or 2: always overlapping */
    for (int s = 0; s + w <= n; s += stride) mix(b + s, w, (unsigned)(sweep * 7 + s));
    for (int s = n - w; s >= 0; s -= 97) {
      unsigned v = peek(b + s, w);
      acc = acc * 3u + v;
    }
  }
  unsigned h = 0;
  for (int i = 0; i < n; i++) h = h * 16777619u + b[i];
  printf("%u %u\n", acc, h);
  free(b);
  return 0;
}
