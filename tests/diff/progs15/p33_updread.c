/* tasks that add to a total, and one that adds and prints it: only the updates around it are ordered (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

long total;

DELAYED void add(int i) { usleep(20000); total += i; }
DELAYED void add_and_show(int i) { total += i; printf("so far %ld\n", total); }

int main(void) {
  for (int i = 0; i < 6; i++) add(i);
  add_and_show(1000);
  for (int i = 0; i < 6; i++) add(i * 100);
  printf("total=%ld\n", total);
  return 0;
}
