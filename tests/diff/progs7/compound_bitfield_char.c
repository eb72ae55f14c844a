/* covers: compound assignment to a bit-field and to a char (wrap-around) and _Bool */
#include <stdio.h>
#include "delayed.h"

struct B { unsigned a : 3; unsigned b : 5; };
DELAYED int f(int i) { return i + 3; }

int main(void) {
  struct B b = {1, 2};
  unsigned char c = 250;
  _Bool z = 0;
  for (int i = 0; i < 5; i++) {
    b.a += (unsigned)f(i);
    b.b += (unsigned)f(i * 2);
    c += (unsigned char)f(i);
    z |= f(i) > 6;
  }
  printf("%u %u %u %d\n", b.a, b.b, (unsigned)c, (int)z);
  return 0;
}
