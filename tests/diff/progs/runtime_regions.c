/* runtime_regions.c — ranges of run-time length that delayc cannot show
 * disjoint at compile time: each task's region is compared at run time with
 * the running tasks' (runtime/task_regions.c).  Disjoint chunks, chunks that
 * overlap by a run-time amount (must stay ordered), a reader of the whole array
 * after writers of its elements (the seed's shape), a view moved between calls,
 * a buffer reallocated between phases, and a range that covers earlier ones. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void scale(DELAYED_INOUT_N(n) int *v, long n, int k) {
  for (long i = 0; i < n; i++) v[i] = v[i] * k + 1;
}

DELAYED long total(DELAYED_IN_N(n) const int *v, long n) {
  long s = 0;
  for (long i = 0; i < n; i++) s += v[i] * (i % 7 + 1);
  return s;
}

DELAYED int square(int x) { return x * x; }

DELAYED void shift(DELAYED_INOUT_N(n) int *v, long n) {
  for (long i = n - 1; i > 0; i--) v[i] = v[i - 1] + v[i];
}

int main(int argc, char **argv) {
  (void)argv;
  long n = 300 + (argc > 5 ? 1 : 0), ov = 3 + (argc > 6 ? 1 : 0);
  int *b = malloc((size_t)n * sizeof *b);
  for (long i = 0; i < n; i++) b[i] = (int)(i % 11);

  /* disjoint chunks of a run-time length */
  long len = n / 4;
  for (long c = 0; c < 4; c++) scale(b + c * len, len, 3);
  /* overlapping chunks: each reaches ov elements into the next, so order counts */
  for (long c = 0; c < 3; c++) shift(b + c * len, len + ov);
  long t1 = total(b, n);

  /* the seed's shape: element writers, then one reader of the whole range */
  int out[300];
  for (int i = 0; i < 300; i++) out[i] = square(i % 17);
  long t2 = total(out, 300);
  for (int i = 0; i < 300; i += 2) out[i] = square(i % 5);   /* writers after the reader */
  long t3 = total(out, 150);

  /* a view moved between calls */
  int *view = b;
  scale(view, 10, 2);
  view += 5;
  scale(view, 10, 5);                  /* overlaps the last 5 of the previous */
  view = b + n - 20;
  shift(view, 20);
  long t4 = total(b, n);

  /* the buffer reallocated between phases */
  delayed_compute(t1, t4);
  b = realloc(b, (size_t)(2 * n) * sizeof *b);
  for (long i = n; i < 2 * n; i++) b[i] = (int)(i % 13);
  for (long c = 0; c < 8; c++) scale(b + c * (2 * n / 8), 2 * n / 8, 2);
  scale(b, 2 * n, 3);                  /* covers every chunk before it */
  shift(b + 7, 40);
  long t5 = total(b, 2 * n);

  delayed_compute(t2, t3, t5);
  printf("%ld %ld %ld %ld %ld\n", t1, t2, t3, t4, t5);
  printf("b[0..5] = %d %d %d %d %d\n", b[0], b[1], b[2], b[3], b[4]);
  free(b);
  return 0;
}
