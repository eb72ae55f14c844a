/* a task that reads the total between two loops of updating tasks (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

long total;

DELAYED void add(int i) { usleep(20000); total += i; }
DELAYED void show(void) { printf("so far %ld\n", total); }

int main(void) {
  for (int i = 0; i < 6; i++) add(i);
  show();
  for (int i = 0; i < 6; i++) add(i * 100);
  printf("total=%ld\n", total);
  return 0;
}
