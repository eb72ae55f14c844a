/* assert in main and in tasks, abort() guards in delayed functions; none
 * fails on this input. */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void prefix(DELAYED_INOUT_N(n) long *p, int n) {
  assert(n > 0);
  for (int r = 0; r < 10; r++)
    for (int i = 1; i < n; i++) p[i] = (p[i] + p[i - 1]) % 1000003;
}

DELAYED long maxof(DELAYED_IN_N(n) const long *p, int n) {
  if (n <= 0) abort();
  long m = p[0];
  for (int i = 1; i < n; i++) {
    assert(p[i] >= 0);
    if (p[i] > m) m = p[i];
  }
  return m;
}

int main(void) {
  int n = 100;
  long *a = malloc(sizeof *a * (size_t)n);
  assert(a != NULL);
  for (int i = 0; i < n; i++) a[i] = i % 9;
  prefix(a, n / 2);
  prefix(a + n / 2, n / 2);
  assert(a[0] == 0);              /* a[0] is never changed by prefix */
  assert(a[n / 2] == (n / 2) % 9);
  long m1 = maxof(a, n / 2);
  long m2 = maxof(a + n / 2, n / 2);
  assert(m1 >= 0 && m2 >= 0);
  a[1] = m1 % 100;
  prefix(a, n);
  long m3 = maxof(a, n);
  assert(a[n - 1] >= 0);
  printf("m1=%ld m2=%ld m3=%ld a1=%ld a99=%ld\n", m1, m2, m3, a[1], a[n - 1]);
  free(a);
  return 0;
}
