/* compound_updates.c — `dst op= f(x);` with f DELAYED: the call is a task of
 * its own and the update a small task after it, so calls feeding one
 * accumulator run in parallel and only the updates keep their order.
 * Scalars and array elements, +=, -=, *=, |=, <<=, an accumulator read by
 * ordinary code half-way, updates of one element from two loops, and an
 * update whose target index reads a loop variable. */
#include <stdio.h>
#include "delayed.h"

DELAYED long weight(int i) {
  long v = 0;
  for (int k = 0; k < 200; k++) v += (i * 31 + k) % 17;
  return v;
}

DELAYED double ratio(int i) { return 1.0 + (i % 5) * 0.25; }
DELAYED unsigned bits(int i) { return 1u << (i % 13); }

int main(void) {
  long total = 0;
  for (int i = 0; i < 40; i++) total += weight(i);
  long half = total;                  /* ordinary code reads the accumulator */
  for (int i = 0; i < 40; i++) total -= weight(i + 3);

  long pos[16] = {0};
  for (int i = 0; i < 16; i++) pos[i] += weight(i);
  for (int r = 0; r < 3; r++)
    for (int i = 0; i < 16; i++) pos[i] += weight(i * r);
  for (int i = 0; i < 16; i += 2) pos[i] <<= weight(i) % 3;

  double prod = 1.0;
  for (int i = 0; i < 10; i++) prod *= ratio(i);

  unsigned mask = 0;
  for (int i = 0; i < 30; i++) mask |= bits(i);

  printf("total=%ld half=%ld prod=%.6f mask=%x\n", total, half, prod, mask);
  for (int i = 0; i < 16; i++) printf("%ld%c", pos[i], i == 15 ? '\n' : ' ');
  return 0;
}
