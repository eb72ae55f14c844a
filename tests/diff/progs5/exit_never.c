/* exit_never: pure number crunching in DELAYED tasks that guard their input
   with an exit() / abort() path that never triggers; the result must match,
   and the tasks should still be able to run side by side. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED long crunch(int seed, long n) {
  if (n <= 0) {
    fprintf(stderr, "bad size %ld\n", n);
    exit(1);
  }
  long s = seed;
  for (long i = 0; i < n; i++) s = (s * 31 + i) % 1000003;
  return s;
}

DELAYED long checked_div(long a, long b) {
  if (b == 0) abort();
  return a / b;
}

int main(void) {
  long r[6];
  for (int i = 0; i < 6; i++) r[i] = crunch(i + 1, 400000);
  long q = checked_div(r[0] + r[1], 7);
  long t = 0;
  for (int i = 0; i < 6; i++) t += r[i];
  printf("total=%ld q=%ld\n", t, q);
  return 0;
}
