/* ideal-4: 4.00 */
/* One array whose length is known only at run time, cut into 16 chunks (the last
 * one shorter); one task per chunk (25 ms), partial results combined serially.
 *   work: 16*25 = 400 ms; best on 4 workers: 4 rounds = 100 ms; ideal = 4.00 */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#include "work.h"

DELAYED double chunk_norm2(DELAYED_IN_N(len) const double *x, size_t len) {
  work_ms(25);
  double s = 0.0;
  for (size_t i = 0; i < len; i++) s += x[i] * x[i];
  return s;
}

int main(int argc, char **argv) {
  size_t n = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 100003;
  size_t nchunks = 16;
  size_t chunk = (n + nchunks - 1) / nchunks;

  double *x = malloc(n * sizeof *x);
  double *partial = malloc(nchunks * sizeof *partial);
  if (!x || !partial) return 1;
  for (size_t i = 0; i < n; i++) x[i] = (double)(i % 100) / 10.0;

  for (size_t c = 0; c < nchunks; c++) {
    size_t lo = c * chunk;
    size_t len = lo + chunk <= n ? chunk : n - lo;
    partial[c] = chunk_norm2(x + lo, len);
  }

  double s = 0.0;
  for (size_t c = 0; c < nchunks; c++) s += partial[c];
  printf("n = %zu chunks = %zu norm2 = %.2f\n", n, nchunks, s);
  free(partial);
  free(x);
  return 0;
}
