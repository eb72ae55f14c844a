/* Element reads and writes hidden in ({ ... }) statement expressions and
 * macros, a delayed call inside a statement expression. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define AT(b, i) ({ int k_ = (i); (b)[k_]; })
#define SETMAX(b, i, v) do { if ((b)[i] < (v)) (b)[i] = (v); } while (0)
#define BUMP(p) ({ long *q_ = (p); *q_ += 1; *q_; })
/* the element at i, clamped to the last index hi */
#define AT_CLAMPED(b, i, hi) ({ int k = (i); if (k > (hi)) k = (hi); (b)[k]; })

DELAYED void gen(DELAYED_OUT_N(n) long *p, int n, long seed) {
  for (int i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648L;
    p[i] = seed % 1000;
  }
}

DELAYED long msum(DELAYED_IN_N(n) const long *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i] * (i % 4);
  return s;
}

DELAYED void churn(DELAYED_INOUT_N(n) long *p, int n, int rounds) {
  for (int r = 0; r < rounds; r++)
    for (int i = 0; i < n; i++) p[i] = (p[i] * 7 + i + r) % 10007;
}

int main(void) {
  int n = 50;
  long *a = malloc(sizeof *a * (size_t)n * 2);
  if (!a) return 1;
  gen(a, n, 1);
  gen(a + n, n, 2);
  long x = AT(a, 3) + AT(a, n + 4);
  SETMAX(a, 10, 999);
  long b = BUMP(a + n + 1);
  long r = ({ long t = msum(a, n); t * 2 + 1; });
  long u = ({ gen(a, n, 3); a[7]; });
  long v = msum(a + n, n);
  SETMAX(a, n + 2, 5000);
  long w = ({ long acc = 0; for (int i = 0; i < 2 * n; i += 5) acc += a[i]; acc; });
  printf("x=%ld b=%ld r=%ld u=%ld v=%ld w=%ld a10=%ld\n", x, b, r, u, v, w, a[10]);
  int m = 40, k = 0;
  long *c = calloc(100, sizeof *c);
  if (!c) return 1;
  gen(c, m, 5);
  churn(c + 50, m, 20000);
  long c1 = AT_CLAMPED(c, 60, 99);      /* the macro's k, not main's */
  k += c1 > 0;
  long c2 = AT_CLAMPED(c, 120, 99);
  k += c2 > 0;
  printf("c1=%ld c2=%ld k=%d\n", c1, c2, k);
  free(c);
  free(a);
  return 0;
}
