/* __int128, long double, volatile, bit-field, for-increment and labelled updates (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

__int128 big;
long double ldmin = 1e30L;
volatile long vcount;
_Thread_local long tls_count;
struct { unsigned a : 4, b : 4; } bf;
long steps;
long labelled;

DELAYED void misc(int i) {
  usleep(4000);
  big += (__int128)i << 70;
  long double v = (long double)i / 3;
  if (v < ldmin) ldmin = v;
  vcount++;
  bf.a++;
  bf.b += 2;
  for (int k = 0; k < 3; k++, steps++) ;
again:
  labelled++;
  if (i == 100) goto again;
}

int main(void) {
  for (int i = 0; i < 10; i++) misc(i);
  printf("big_hi=%llu ldmin=%Lg v=%ld a=%u b=%u steps=%ld lab=%ld\n", (unsigned long long)(big >> 70), ldmin, vcount, bf.a, bf.b, steps, labelled);
  return 0;
}
