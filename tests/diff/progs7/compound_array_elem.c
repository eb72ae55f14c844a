/* covers: a[i] -= g(i), a[i % 3] += f(i) (same element updated by several iterations), a[i] <<= f */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int i) { return i * 2 + 1; }
DELAYED int g(int i) { return i % 4; }
DELAYED int sh(int i) { return i % 3; }

int main(void) {
  int a[10], b[3] = {0, 0, 0};
  for (int i = 0; i < 10; i++) a[i] = 100 + i;
  for (int i = 0; i < 10; i++) a[i] -= g(i);
  for (int i = 0; i < 10; i++) b[i % 3] += f(i);
  for (int i = 0; i < 10; i++) a[i] <<= sh(i);
  for (int i = 0; i < 10; i++) b[i % 3] = b[i % 3] * 2 - f(i);
  for (int i = 0; i < 10; i++) printf("%d ", a[i]);
  printf("| %d %d %d\n", b[0], b[1], b[2]);
  return 0;
}
