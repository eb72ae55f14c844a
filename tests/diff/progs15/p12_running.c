/* a task prints the running total (kept in order) (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

long processed;

DELAYED void step(int i) {
  usleep(5000 + (i % 3) * 4000);
  processed += 100 + i;
  printf("after chunk %d: %ld bytes\n", i, processed);
}

int main(void) {
  for (int i = 0; i < 10; i++) step(i);
  printf("done: %ld\n", processed);
  return 0;
}
