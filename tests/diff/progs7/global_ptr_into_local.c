/* covers: a global pointer set to a local array; a task writes through the global pointer; main reads the local */
#include <stdio.h>
#include "delayed.h"

int *GP;
DELAYED void fill(int v) { for (int i = 0; i < 5; i++) GP[i] = v + i; }
DELAYED int sum5(const int *p) { int s = 0; for (int i = 0; i < 5; i++) s += p[i]; return s; }

int main(void) {
  int loc[5] = {0}, loc2[5] = {0};
  GP = loc;
  fill(10);
  int a = sum5(loc);
  int b = loc[4];
  GP = loc2;
  fill(20);
  int c = loc2[0] + loc[0];
  printf("%d %d %d %d\n", a, b, c, sum5(loc2));
  return 0;
}
