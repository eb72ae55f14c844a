/* An index through a narrow type (written blind): (int8_t)i wraps to -128
 * .. -57 for i >= 128, into the previous task's block, though
 * DELAYED_INOUT_N(n) promises elements 0 .. n - 1.  A cast that keeps the
 * value ((long)i, (size_t)i) is the index; this one is not. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include "delayed.h"

#define NB 16
#define BLK 200

DELAYED long fold(DELAYED_INOUT_N(n) int *a, int n, int salt) {
  long s = 0;
  for (int r = 0; r < 40; r++)
    for (int i = 0; i < n; i++) {
      a[(int8_t)i] = (a[(int8_t)i] * 3 + salt + r) % 1000003;
      s += a[(size_t)i];
    }
  return s;
}

int main(void) {
  int *a = malloc(sizeof(int) * (NB + 1) * BLK);
  if (!a) return 1;
  for (int i = 0; i < (NB + 1) * BLK; i++) a[i] = i % 997;
  long r[NB];
  for (int k = 0; k < NB; k++) r[k] = fold(a + (k + 1) * BLK, BLK, k);
  unsigned long h = 0;
  for (int k = 0; k < NB; k++) h = h * 1000003u + (unsigned long)r[k];
  printf("h=%lu\n", h);
  free(a);
  return 0;
}
