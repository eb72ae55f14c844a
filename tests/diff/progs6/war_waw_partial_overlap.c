/* Write-after-read and write-after-write on partly overlapping run-time
   regions: several slow DELAYED_IN_N readers, then DELAYED_OUT_N writers that
   overlap each reader by a few elements, then writers overlapping writers,
   on a block reached through a helper parameter, restrict-qualified or not. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED long slow_read(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int r = 0; r < 300; r++)
    for (int i = 0; i < n; i++) s = (s * 31 + p[i] + r) % 1000000007;
  return s;
}

DELAYED void put(DELAYED_OUT_N(n) int *p, int n, int v) {
  for (int i = 0; i < n; i++) p[i] = v * 1000 + i;
}

static long run(int *restrict buf, int n, int off) {
  long r0 = slow_read(buf, n);
  long r1 = slow_read(buf + n, n);
  put(buf + n - off, 2 * off, 1);        /* straddles the two read regions */
  put(buf + n, off, 2);                  /* overlaps the write above */
  long r2 = slow_read(buf + n - 1, 2);
  put(buf + n - 1, 1, 3);
  long r3 = slow_read(buf, 2 * n);
  return ((r0 * 7 + r1) * 7 + r2) * 7 + r3;
}

static long run_plain(int *buf, int n, int off) {
  long r0 = slow_read(buf, n);
  long r1 = slow_read(buf + n, n);
  put(buf + n - off, 2 * off, 1);        /* straddles the two read regions */
  put(buf + n, off, 2);                  /* overlaps the write above */
  long r2 = slow_read(buf + n - 1, 2);
  put(buf + n - 1, 1, 3);
  long r3 = slow_read(buf, 2 * n);
  return ((r0 * 7 + r1) * 7 + r2) * 7 + r3;
}

int main(int argc, char **argv) {
  (void)argv;
  int n = 50;
  int *buf = malloc(sizeof(int) * 2 * (size_t)n);
  for (int i = 0; i < 2 * n; i++) buf[i] = i * 3;
  long r = run(buf, n, 2 + argc);
  long r2 = run(buf, n, 5);
  long r3 = run_plain(buf, n, 1 + argc);
  long r4 = run_plain(buf + 1, n - 1, 4);
  printf("%ld %ld %ld %ld %d %d\n", r, r2, r3, r4, buf[n - 1], buf[n]);
  free(buf);
  return 0;
}
