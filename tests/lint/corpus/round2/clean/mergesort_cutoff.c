/* Divide and conquer done right: a merge sort whose recursion has a cutoff,
 * and a Monte Carlo integration where every task gets its seed passed in. */
#include <delayed.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 200000
#define WORKERS 12
#define DRAWS 250000

static void merge(const int *restrict a, long na, const int *restrict b, long nb, int *restrict out) {
  long i = 0, j = 0, k = 0;
  while (i < na && j < nb)
    out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
  while (i < na)
    out[k++] = a[i++];
  while (j < nb)
    out[k++] = b[j++];
}

/* Sorts v[0..n) using tmp[0..n); ranges below 8192 are sorted inline. */
DELAYED DELAYED_CUTOFF(n < 8192) void msort(DELAYED_INOUT_N(n) int *v, DELAYED_OUT_N(n) int *tmp,
                                            long n) {
  if (n < 2)
    return;
  long h = n / 2;
  msort(v, tmp, h);
  msort(v + h, tmp + h, n - h);
  merge(v, h, v + h, n - h, tmp);
  memcpy(v, tmp, (size_t)n * sizeof *v);
}

static inline uint64_t splitmix(uint64_t *s) {
  uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

/* Integral of exp(-x^2) over [0, 1] from DRAWS samples of the given seed. */
DELAYED_PURE double integrate_seed(uint64_t seed) {
  uint64_t s = seed;
  double acc = 0.0;
  for (int i = 0; i < DRAWS; i++) {
    double x = (double)(splitmix(&s) >> 11) * 0x1.0p-53;
    acc += 1.0 / (1.0 + x * x + 0.5 * x * x * x * x);
  }
  return acc / DRAWS;
}

/* A refinement chain: each step starts from the previous estimate. */
DELAYED double refine(double estimate, uint64_t seed) {
  uint64_t s = seed;
  double acc = 0.0;
  for (int i = 0; i < DRAWS; i++) {
    double x = (double)(splitmix(&s) >> 11) * 0x1.0p-53;
    acc += 1.0 / (1.0 + x * x);
  }
  return 0.5 * (estimate + acc / DRAWS);
}

static double refined(uint64_t seed) {
  double e = 0.75;
  double side = delayed(integrate_seed)(seed ^ 0xabcdefull);
  for (int step = 0; step < 4; step++)
    e = delayed(refine)(e, seed + (uint64_t)step);
  delayed_compute(e, side);
  return 0.5 * (e + side);
}

int main(void) {
  int *v = malloc(N * sizeof *v);
  int *tmp = malloc(N * sizeof *tmp);
  if (!v || !tmp) {
    free(v);
    free(tmp);
    return 1;
  }
  for (long i = 0; i < N; i++)
    v[i] = (int)((i * 2654435761u) % 100003);

  uint64_t seeds[WORKERS];
  double part[WORKERS];
  for (int w = 0; w < WORKERS; w++)
    seeds[w] = 0x1234567ull * (uint64_t)(w + 1);
  for (int w = 0; w < WORKERS; w++)
    part[w] = delayed(integrate_seed)(seeds[w]);
  msort(v, tmp, N);
  delayed_compute(part, v);

  double est = 0.0;
  for (int w = 0; w < WORKERS; w++)
    est += part[w];
  int sorted = 1;
  for (long i = 1; i < N; i++)
    sorted &= v[i - 1] <= v[i];
  printf("integral ~ %.5f, refined %.5f, sorted: %s\n", est / WORKERS, refined(99u),
         sorted ? "yes" : "no");
  free(tmp);
  free(v);
  return 0;
}
