/* covers: pointer compound ops with delayed offsets: p += f(i), q -= g(), then reads through them */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int i) { return i % 3; }
DELAYED long g(void) { return 2; }

int main(void) {
  int a[64];
  for (int i = 0; i < 64; i++) a[i] = i * i;
  int *p = a;
  long acc = 0;
  for (int i = 0; i < 10; i++) {
    p += f(i);
    acc += *p;
  }
  int *q = a + 50;
  q -= g();
  q -= g() + f(5);
  printf("%ld %d %td\n", acc, *q, q - a);
  return 0;
}
