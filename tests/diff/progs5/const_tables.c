/* const_tables: DELAYED tasks that only read const lookup tables, a string
   table, and a mutable global that nobody writes after start-up; they should
   all overlap (no order kept); then main changes the mutable global and a
   second batch sees the new value. */
#include <stdio.h>
#include "delayed.h"

static const int k_primes[16] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53};
static const char *const k_names[4] = {"north", "east", "south", "west"};
static int g_bias = 3;

DELAYED long mix(int i, long n) {
  long s = i;
  for (long k = 0; k < n; k++) s = (s * k_primes[k % 16] + k_names[k % 4][0] + g_bias) % 1000003;
  return s;
}

int main(void) {
  long r[8];
  for (int i = 0; i < 8; i++) r[i] = mix(i, 600000);
  long t = 0;
  for (int i = 0; i < 8; i++) t += r[i];
  printf("batch 1: %ld\n", t);
  g_bias = 5;
  for (int i = 0; i < 4; i++) r[i] = mix(i, 600000);
  g_bias = 9;
  for (int i = 4; i < 8; i++) r[i] = mix(i, 600000);
  t = 0;
  for (int i = 0; i < 8; i++) t += r[i] * (i + 1);
  printf("batch 2: %ld\n", t);
  return 0;
}
