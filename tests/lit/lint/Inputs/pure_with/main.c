#include <stdio.h>
#include "lib.h"
int main(void) {
  int p1 = stamp_next(1), p2 = stamp_next(1);
  int q1 = square(7), q2 = square(7);
  printf("p=%d,%d q=%d,%d\n", p1, p2, q1, q2);
  return 0;
}
