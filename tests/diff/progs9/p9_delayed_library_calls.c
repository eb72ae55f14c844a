/* delayed(f)(...) on library functions (memcpy, memset, qsort) and
 * delayed_after / delayed_bind, with ordinary element accesses between. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

static int cmp_long(const void *a, const void *b) {
  long x = *(const long *)a, y = *(const long *)b;
  return (x > y) - (x < y);
}

DELAYED void gen(DELAYED_OUT_N(n) long *p, int n, long s) {
  for (int i = 0; i < n; i++) {
    for (int k = 0; k < 30; k++) s = (s * 48271) % 2147483647L;
    p[i] = s % 10000;
  }
}

DELAYED long checksum(DELAYED_IN_N(n) const long *p, int n) {
  long h = 0;
  for (int i = 0; i < n; i++) h = (h * 31 + p[i]) % 1000000007L;
  return h;
}

static void add_one(long *p, int n) {
  for (int i = 0; i < n; i++) p[i] += 1;
}

int main(void) {
  int n = 100;
  long *a = malloc(sizeof *a * (size_t)n);
  long *b = malloc(sizeof *b * (size_t)n);
  if (!a || !b) return 1;
  gen(a, n, 1);
  delayed(memcpy)(b, a, sizeof *a * (size_t)n);
  long a0 = a[0];
  delayed(qsort)(b, (size_t)n, sizeof *b, cmp_long);
  long c1 = checksum(b, n);
  long bmin = b[0];
  delayed(memset)(a, 0, sizeof *a * (size_t)(n / 2));
  long a60 = a[60], a10 = a[10];
  delayed_token t = delayed_after(add_one(a + n / 2, n / 2));
  long c2 = delayed_bind(checksum, t)(a, n);
  a[n - 1] = 7;
  delayed(qsort)(a, (size_t)n, sizeof *a, cmp_long);
  long c3 = checksum(a, n);
  printf("a0=%ld c1=%ld bmin=%ld a60=%ld a10=%ld c2=%ld c3=%ld amax=%ld\n", a0, c1, bmin, a60, a10, c2, c3, a[n - 1]);
  free(a);
  free(b);
  return 0;
}
