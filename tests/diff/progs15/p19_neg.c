/* -= with negative values, unsigned -= (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

long balance = 1000;
int credit = 5;
unsigned long ubal = 10;

DELAYED void txn(int i) {
  usleep(8000);
  int amount = (i % 3 == 0) ? -(i * 11) : i * 7;
  balance -= amount;
  credit -= -2;
  ubal -= (unsigned long)amount;
  ubal = ubal - 1;
}

int main(void) {
  for (int i = 0; i < 15; i++) txn(i);
  printf("balance=%ld credit=%d ubal=%lu\n", balance, credit, ubal);
  return 0;
}
