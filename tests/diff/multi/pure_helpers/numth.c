/* pure_helpers/numth.c — area 2: helpers with no side effects. */
#include "numth.h"

long isqrt(long v) {
  long r = 0;
  while ((r + 1) * (r + 1) <= v)
    r++;
  return r;
}

int is_prime(long v) {
  if (v < 2)
    return 0;
  for (long d = 2; d * d <= v; d++)
    if (v % d == 0)
      return 0;
  return 1;
}

long gcd(long a, long b) {
  while (b) {
    long t = a % b;
    a = b;
    b = t;
  }
  return a;
}
