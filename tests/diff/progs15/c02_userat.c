/* a counter updated with __atomic_fetch_add: the builtin writes what its pointer reaches (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"
long acc;
DELAYED void work(int i) { usleep(10000 + 3000 * (i % 3)); __atomic_fetch_add(&acc, i, __ATOMIC_RELAXED); }
int main(void) {
  for (int i = 0; i < 12; i++) work(i);
  printf("%ld\n", acc);
  return 0;
}
