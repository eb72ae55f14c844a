/* Tasks the StarPU-MPI target cannot send between ranks, each beside the
 * form that it can: a result that is a pointer (and a buffer the caller
 * allocates), global state (and a parameter), a pointer with no count (and one
 * with DELAYED_IN_N). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static long hits;

DELAYED long *make(int n) {                   /* in place: returns an address */
  long *p = malloc((size_t)n * sizeof *p);
  for (int i = 0; i < n; i++) p[i] = i;
  return p;
}
DELAYED void fill(DELAYED_OUT_N(n) long *p, int n) {   /* a task */
  for (int i = 0; i < n; i++) p[i] = 2 * i;
}
DELAYED long count_global(int k) { hits += k; return hits; }   /* in place: global state */
DELAYED long count(int k, long base) { return base + k; }      /* a task */
DELAYED long sum_any(const long *p) { return p[0] + p[1]; }    /* in place: no count */
DELAYED long sum_n(DELAYED_IN_N(n) const long *p, int n) {     /* a task */
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}

static long use(const long *q) {
  long r1 = sum_any(q);                       /* q: extent unknown here */
  long r2 = sum_n(q, 4);
  return r1 + r2;
}

int main(void) {
  long *a = make(4);
  long b[4];
  fill(b, 4);
  long g = count_global(3);
  long c = count(3, 10);
  long s1 = use(b);
  long s2 = sum_n(b, 4);
  long s3 = count(4, 20);
  printf("%ld %ld %ld %ld %ld %ld %ld\n", a[3], b[3], g, c, s1, s2, s3);
  free(a);
  return 0;
}
