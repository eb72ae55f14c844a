/* while, for and do conditions that read an updated global (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

long total;
int rounds;
int best = 1 << 30;

DELAYED void add(int i) { usleep(3000); total += i; rounds++; if (i < best) best = i; }

int main(void) {
  int i = 1;
  while (total < 200) { add(i); add(i + 1); i += 3; }
  printf("total=%ld rounds=%d best=%d\n", total, rounds, best);
  for (int k = 0; total < 500 && k < 100; k++) add(k);
  printf("total=%ld rounds=%d best=%d\n", total, rounds, best);
  do { add(7); add(-3); } while (best > -3 && total < 1000);
  printf("total=%ld rounds=%d best=%d\n", total, rounds, best);
  return 0;
}
