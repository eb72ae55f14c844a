/* pure_helpers/numth.h — pure number-theory helpers (numth.c) */
#ifndef NUMTH_H
#define NUMTH_H
int is_prime(long v);
long gcd(long a, long b);
long isqrt(long v);
#endif
