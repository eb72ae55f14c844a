/* covers: DELAYED_OUT_N on a void * parameter (byte count) and on unsigned char * over an int array, then an int reader */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

static void spin(void) { volatile long x = 0; for (long i = 0; i < 2000000; i++) x += i; (void)x; }
DELAYED void zero(DELAYED_OUT_N(n) void *p, size_t n) { spin(); memset(p, 0, n); }
DELAYED void bytes(DELAYED_OUT_N(n) unsigned char *p, size_t n) { spin(); for (size_t i = 0; i < n; i++) p[i] = 1; }
DELAYED long isum(DELAYED_IN_N(n) const int *p, int n) { long s = 0; for (int i = 0; i < n; i++) s += p[i]; return s; }

int main(void) {
  int *a = malloc(sizeof(int) * 16);
  for (int i = 0; i < 16; i++) a[i] = i + 1;
  zero(a + 4, 4 * sizeof(int));
  long s1 = isum(a, 16);
  bytes((unsigned char *)(a + 8), 8);
  long s2 = isum(a + 8, 4);
  printf("%ld %ld\n", s1, s2);
  free(a);
  return 0;
}
