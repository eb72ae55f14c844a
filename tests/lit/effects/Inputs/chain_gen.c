#include "chain.h"
DELAYED void gen(DELAYED_OUT_N(n) double *b, int n, int seed) {
  for (int i = 0; i < n; i++) b[i] = poly((seed * 31 + i) % 97 * 0.01);
}
