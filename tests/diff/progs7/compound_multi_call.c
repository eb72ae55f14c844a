/* covers: x += f(i) + g(i) * f(i+1); x ^= f(x) (RHS depends on the pending x); return x += f() */
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned f(unsigned i) { return i * 2654435761u; }
DELAYED unsigned g(unsigned i) { return i ^ 0x5bd1e995u; }

static unsigned mix(unsigned x, unsigned k) { return x += f(k); }

int main(void) {
  unsigned x = 1;
  for (unsigned i = 0; i < 10; i++) {
    x += f(i) + g(i) * f(i + 1);
    x ^= f(x);
    x >>= g(i) % 5;
  }
  unsigned y = mix(x, 3);
  printf("%u %u\n", x, y);
  return 0;
}
