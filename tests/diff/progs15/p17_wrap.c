/* unsigned, uint8_t, short, signed char and uint64_t counters that wrap around (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdint.h>
#include <unistd.h>
#include "delayed.h"

unsigned int checksum = 0xfffffff0u;
uint8_t  small_sum = 250;
unsigned short ssum = 65530;
signed char sc = 120;
short sh = 32000;
uint64_t big = UINT64_MAX - 5;

DELAYED void feed(int i) {
  usleep(8000);
  checksum += (unsigned)i * 0x01000193u;
  small_sum += i;
  ssum += 3;
  sc += 7;
  sh += 200;
  big += (uint64_t)i;
  if (i == 3) sc -= 100;
}

int main(void) {
  for (int i = 0; i < 12; i++) feed(i);
  printf("checksum=%u small=%u ssum=%u sc=%d sh=%d big=%llu\n", checksum, small_sum, ssum, sc, sh, (unsigned long long)big);
  return 0;
}
