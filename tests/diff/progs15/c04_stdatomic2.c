/* a byte count kept with <stdatomic.h> atomic_fetch_add, read after the tasks (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdatomic.h>
#include <unistd.h>
#include "delayed.h"
atomic_long bytes_done;
DELAYED void work(int i) { usleep(10000 + 3000 * (i % 3)); atomic_fetch_add(&bytes_done, 100 + i); }
int main(void) {
  for (int i = 0; i < 12; i++) work(i);
  printf("bytes=%ld\n", (long)atomic_load(&bytes_done));
  return 0;
}
