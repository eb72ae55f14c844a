/* A batched loop of nested calls (blind round 48b): the replay of the hoisted
 * results, far along one line, past the columns gcc tracks, and the batch
 * start time named as the loop's first temporary: -Wshadow -Werror stopped
 * the build with gcc and clang. */
#include <stdio.h>
#include "delayed.h"
DELAYED int g(int x) { int s = 0; for (int i = 0; i < 10000; i++) s = (s + x * i) % 9973; return s; }
DELAYED int h(int y) { int s = 1; for (int i = 0; i < 10000; i++) s = (s * 3 + y) % 9973; return s; }
DELAYED int f(int a, int b) { return a * 2 + b; }
int main(void) {
  int r[10];
  for (int i = 0; i < 10; i++) r[i] = f(g(i), h(i + 1));
  for (int i = 0; i < 10; i++) printf("%d ", r[i]);
  printf("\n");
  return 0;
}
