/* A result stored at a[k] where k is a tracked object (a task reads it through
 * a pointer) and ordinary code changes k after the spawn: the task must write
 * the element k named at the spawn (a shared k wrote the wrong one). */
#include <stdio.h>
#include "delayed.h"
DELAYED long g(int x) { long s = 0; for (int i = 0; i < 200000; i++) s += (x * i) % 7; return s; }
DELAYED long peek(DELAYED_IN const int *p) { return *p * 2; }
int main(void) {
  long a[8] = {0}, b[8] = {0};
  int k = 0;
  for (int r = 0; r < 8; r++) {
    b[r] = peek(&k);
    a[k] = g(r);
    k++;
  }
  for (int i = 0; i < 8; i++) printf("%ld %ld\n", a[i], b[i]);
  return 0;
}
