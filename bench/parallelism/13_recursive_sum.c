/* ideal-4: 4.00 */
/* Divide and conquer: a recursive sum over halves a and a + h, each call a task
 * down to leaves of LEAF elements (20 ms each, 16 leaves); the cutoff runs the
 * leaf calls inline in their parent, so the tasks that sleep are the 8 parents of
 * two leaves (40 ms each).
 *   work: 16*20 = 320 ms; 8 tasks of 40 ms = 2 rounds = 80 ms (the same with 16
 *   tasks of 20 ms: 4 rounds); ideal = 320 / 80 = 4.00 */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#include "work.h"

#define LEAF 1000
#define N (16 * LEAF)

DELAYED DELAYED_CUTOFF(n <= LEAF)
long rsum(DELAYED_IN_N(n) const long *a, int n) {
  if (n <= LEAF) {
    work_ms(20);
    long s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
  }
  int h = n / 2;
  long x = rsum(a, h);
  long y = rsum(a + h, n - h);
  return x + y;
}

int main(void) {
  long *a = malloc(N * sizeof *a);
  if (!a) return 1;
  for (int i = 0; i < N; i++) a[i] = (i * 7919L) % 1000;
  long s = rsum(a, N);
  printf("sum = %ld\n", s);
  free(a);
  return 0;
}
