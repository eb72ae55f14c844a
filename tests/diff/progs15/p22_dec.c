/* --, x-- and wrap below zero (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

int pending = 40;
long remaining = 1L << 40;
unsigned slots = 3;

DELAYED void finish(int i) {
  usleep(8000);
  pending--;
  --pending;
  remaining -= 1L << (i % 30);
  slots--;               /* wraps below 0 */
}

int main(void) {
  for (int i = 0; i < 10; i++) finish(i);
  printf("pending=%d remaining=%ld slots=%u\n", pending, remaining, slots);
  return 0;
}
