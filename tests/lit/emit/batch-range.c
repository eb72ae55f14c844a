// A loop `for (i = A; i < E; i++)` whose body is only calls whose arguments
// are made of i and values the loop does not change runs in range batches:
// the spawner counts iterations, and a batch's task makes the calls of its
// range of i (no record per call).  A value the loop does not change is
// copied at the batch's spawn, so changing it after the loop changes nothing;
// `<=`, `++i`, `i += 1`, unsigned and long indexes, loops of no iteration, two
// calls per iteration.  An argument X[i] of an array no task writes is read
// from a copy of X[lo] .. X[lo + n - 1] made at the batch's spawn, so a write
// to X after the loop changes nothing; loops whose arguments read other memory
// keep records.
//
// RUN: %delayc emit --explain %s -o %t.c 2> %t.err
// RUN: FileCheck %s --check-prefix=EXPLAIN < %t.err
// RUN: %cc-gcc -O2 -Wall -Wextra %delayc-cflags %s -o %t.serial && %t.serial > %t.want
// RUN: %cc-gcc -O2 -fopenmp -Wall -Wextra -Werror %delayc-cflags %t.c %delayc-rt -o %t.gcc
// RUN: %cc-clang -O2 -fopenmp -Wall -Wextra -Werror %delayc-cflags %t.c %delayc-rt -o %t.clang
// RUN: env OMP_NUM_THREADS=1 %t.gcc > %t.g1 && diff %t.want %t.g1
// RUN: env OMP_NUM_THREADS=4 %t.gcc > %t.g4 && diff %t.want %t.g4
// RUN: env OMP_NUM_THREADS=4 DELAYC_BATCH=7 %t.clang > %t.c4 && diff %t.want %t.c4
// RUN: env OMP_NUM_THREADS=2 DELAYC_STATS=1 %t.clang 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS
//
// EXPLAIN-DAG: batch-range.c:[[@LINE+25]]:3: explain: the loop's batches are ranges of 'i'
// EXPLAIN-DAG: batch-range.c:[[@LINE+29]]:3: explain: the loop's batches are ranges of 'u'
// EXPLAIN-DAG: batch-range.c:[[@LINE+30]]:3: explain: the loop's batches are ranges of 'k'
// EXPLAIN-DAG: batch-range.c:[[@LINE+32]]:3: explain: the loop's batches are ranges of 'z'
// EXPLAIN-DAG: batch-range.c:[[@LINE+34]]:3: explain: the loop's batches are ranges of 'r'
// EXPLAIN-DAG: batch-range.c:[[@LINE+36]]:3: explain: the loop's batches are ranges of 'w'
// EXPLAIN-NOT: ranges of 'j'
// STATS: delayc: tasks={{[0-9]+}} peak
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED double wave(long i, double scale) {
  double x = (double)i;
  for (int r = 0; r < 30; r++) x = x * 0.999 + scale;
  return x;
}
DELAYED int twice(unsigned u) { return (int)(u * 2u % 1000u); }
DELAYED int inc(int v) { return v + 1; }

int main(void) {
  int n = 200000;
  double scale = 0.5;
  double *a = malloc(sizeof *a * (size_t)n), *b = malloc(sizeof *b * (size_t)n);
  int *t = malloc(sizeof *t * (size_t)n), *c = malloc(sizeof *c * (size_t)n), *e = malloc(sizeof *e * (size_t)n);
  for (int i = 0; i < n; i++) {
    a[i] = wave(i, scale);
    b[i] = wave(n - i, scale * 2);
  }
  scale = 100;                               /* after the loop: the calls had 0.5 */
  for (unsigned u = 0; u <= (unsigned)n - 1; ++u) t[u] = twice(u);
  long m = n;
  for (long k = 0; k < m; k += 1) e[k] = inc((int)k);
  for (int j = 0; j < n; j++) c[j] = inc(t[j]);   /* reads memory: records */
  int z;
  for (z = 5; z < 2; z++) e[z] = inc(z);     /* no iteration */
  int *src = malloc(sizeof *src * (size_t)n), *f = malloc(sizeof *f * (size_t)n);
  for (int r = 0; r < n; r++) src[r] = r % 7;
  for (int r = 0; r < n; r++) f[r] = inc(src[r]);   /* reads src[r]: a copy */
  for (int r = 0; r < n; r++) src[r] = -1;          /* after the loop: the calls read r % 7 */
  int *g = malloc(sizeof *g * (size_t)n);
  for (int w = 0; w < n; w++) {                     /* the seed's shape: results in the body's locals */
    int x = inc(src[w] + w);
    int y = twice((unsigned)x);
    g[w] = inc(x + y);
  }
  double s = 0;
  long q = 0;
  for (int i = 0; i < n; i++) { s += a[i] - b[i]; q += t[i] + c[i] + e[i] + 3 * f[i] + src[i] + 5 * g[i]; }
  printf("%.6f %ld %.1f %d\n", s, q, scale, z);
  free(a), free(b), free(t), free(c), free(e), free(src), free(f), free(g);
  return 0;
}
