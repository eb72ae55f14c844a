/* zeroing and scaling the total through a global pointer to it (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

long total;
long *where = &total;

DELAYED void bump(int i) { usleep(10000); total += i; }
DELAYED void zero(long *p) { usleep(1000); *p = 0; }
DELAYED void scale(long *p) { usleep(1000); *p *= 3; }

int main(void) {
  for (int i = 1; i <= 5; i++) bump(i);
  zero(where);
  for (int i = 1; i <= 5; i++) bump(i * 10);
  scale(where);
  bump(7);
  printf("total=%ld\n", total);
  return 0;
}
