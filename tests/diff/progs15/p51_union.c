/* a union updated through its whole and through a half: members overlap, the updates do not commute (kept in order) (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

union word { unsigned long long whole; unsigned int half[2]; } w = { 0xFFFFFFFFull };

DELAYED void add_whole(int ms) { usleep(ms * 1000); w.whole += 1; }
DELAYED void add_low(int ms)   { usleep(ms * 1000); w.half[0]++; }

int main(void) {
  add_whole(20);
  add_low(1);
  printf("w=%#llx\n", w.whole);
  return 0;
}
