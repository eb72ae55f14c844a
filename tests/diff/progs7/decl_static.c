/* covers: static local initialised once vs plain locals initialised by delayed calls in the same function called repeatedly */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int x) { return x + 10; }
static int counter = 0;

static int step(int i) {
  static int calls = 0;
  int a = f(i), b = f(a);
  calls++;
  counter += b;
  return a * 100 + b + calls;
}

int main(void) {
  int s = 0;
  for (int i = 0; i < 5; i++) s += step(i);
  int p = f(1), q = f(p);
  printf("%d %d %d %d\n", s, counter, p, q);
  return 0;
}
