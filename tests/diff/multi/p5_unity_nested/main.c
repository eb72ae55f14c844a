/* p5_unity_nested: main.c #includes a.c, which #includes b.c (nested unity
   build); DELAYED functions of both included files, a global written by a
   helper in b.c read by main, and a static of b.c read through a.c. */
#include <stdio.h>
#include "delayed.h"
#include "a.c"

int main(void) {
  int r[4], q[4];
  for (int i = 0; i < 4; i++) {
    r[i] = b_step(i, (4 - i) * 150000L);
    q[i] = a_step(i, 200000);
  }
  printf("b_last=%d b_calls=%d\n", b_last, a_calls_of_b());
  b_last = 99;
  int z = b_step(7, 100000);
  printf("b_last=%d z=%d\n", b_last, z);
  for (int i = 0; i < 4; i++) printf("r=%d q=%d\n", r[i], q[i]);
  return 0;
}
