/* covers: compound assignment with a delayed call in only one branch of ?: and in && / || — only the taken call may run */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int i) { printf("f%d\n", i); return i + 1; }
DELAYED int g(int i) { printf("g%d\n", i); return i * 2; }

int main(void) {
  int x = 0, ok = 1;
  for (int i = 0; i < 6; i++) {
    x += i % 2 ? f(i) : g(i);
    ok = ok && f(i + 100) < 104;
  }
  int y = (x -= g(1)) + 1;
  printf("%d %d %d\n", x, ok, y);
  return 0;
}
