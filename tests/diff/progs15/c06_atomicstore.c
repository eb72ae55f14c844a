/* __atomic_store_n and __atomic_exchange_n on globals, read after the tasks (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"
int done_flag;
long last;
DELAYED void work(int i) { usleep(10000); __atomic_store_n(&done_flag, 1, __ATOMIC_RELEASE); __atomic_exchange_n(&last, (long)i, __ATOMIC_SEQ_CST); }
int main(void) {
  work(5);
  work(6);
  printf("done=%d last=%ld\n", __atomic_load_n(&done_flag, __ATOMIC_ACQUIRE), last);
  return 0;
}
