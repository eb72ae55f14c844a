#include <stdio.h>
#include "delayed.h"
DELAYED long work(int i) { return i * 3; }
long G;
int main(void) {
  for (int i = 0; i < 4; i++) G += work(i);
  printf("%ld\n", G);
  return 0;
}
