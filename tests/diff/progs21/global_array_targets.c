/* Results stored into elements of global arrays: counts[p], grid[i][j],
 * parts[i].e (blind round 48a's tile histogram, 50a: serial, "an lvalue
 * delayc cannot track").  Tasks on those elements; what reads the arrays
 * between and after the loops waits for them: a function of this file that
 * reads counts, DELAYED ones that read counts or grid whole (one spawned
 * before the stores), a store that overwrites an element still being
 * computed, and printf of one element. */
#include <stdio.h>
#include "delayed.h"
#define N 24
#define R 6
#define C 5
typedef struct { long e; int tag; } Part;
static long counts[N];
long grid[R][C];
Part parts[N];
DELAYED static long work(int p) { long s = 0; for (long k = 0; k < 300000; k++) s += (k ^ p) % 7; return s; }
static long sum_counts(void) { long t = 0; for (int p = 0; p < N; p++) t += counts[p] * (p + 1); return t; }
DELAYED static long grid_sum(void) { long t = 0; for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) t += grid[i][j] * (i + 2 * j + 1); return t; }
DELAYED static long counts_sum(void) { long t = 0; for (int p = 0; p < N; p++) t += counts[p] ^ p; return t; }
int main(void) {
  for (int p = 0; p < N; p++) counts[p] = p;
  long before = counts_sum();
  for (int p = 0; p < N; p++) counts[p] = work(p);
  long a = sum_counts();
  for (int i = 0; i < R; i++)
    for (int j = 0; j < C; j++) grid[i][j] = work(i * C + j);
  long g = grid_sum();
  for (int i = 0; i < N; i++) { parts[i].tag = i; parts[i].e = work(3 * i); }
  counts[5] = work(100);
  counts[5] += 1;
  printf("%ld %ld %ld %d\n", a, g, counts[5], parts[7].tag);
  long t = 0;
  for (int i = 0; i < N; i++) t += parts[i].e * parts[i].tag + counts[i];
  printf("%ld %ld\n", t, before);
  return 0;
}
