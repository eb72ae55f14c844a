/* pure_helpers/main.c — area 2 (harmless helpers in another file): DELAYED functions
 * here count primes in ranges and reduce fractions with helpers (is_prime, gcd, isqrt)
 * defined in numth.c that touch no state; only the output is checked. */
#include <stdio.h>
#include "numth.h"
#include "delayed.h"

DELAYED int primes_in(long lo, long hi) {
  int n = 0;
  for (long v = lo; v < hi; v++)
    n += is_prime(v);
  return n;
}

DELAYED long reduced_den(long num, long den) {
  return den / gcd(num, den);
}

DELAYED long root_sum(long a, long b) {
  return isqrt(a) + isqrt(b);
}

int main(void) {
  int counts[8];
  for (int i = 0; i < 8; i++)
    counts[i] = primes_in(i * 5000L, (i + 1) * 5000L);
  long dens[6];
  for (int i = 0; i < 6; i++)
    dens[i] = reduced_den(12L * (i + 1), 360);
  long r = root_sum(1000000, 99980001);
  int total = 0;
  for (int i = 0; i < 8; i++) {
    printf("primes in block %d: %d\n", i, counts[i]);
    total += counts[i];
  }
  printf("total primes below 40000: %d\n", total);
  for (int i = 0; i < 6; i++)
    printf("%d/360 -> den %ld\n", 12 * (i + 1), dens[i]);
  printf("root sum %ld\n", r);
  return 0;
}
