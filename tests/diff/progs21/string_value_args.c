/* strcmp, atoi and strlen of strings tasks write, as another task's value
 * arguments (blind round 44 F3.3): each such call ran serially, 'reads a
 * pending result and has side effects'; they are read in the task, after
 * the writers, the strings' blocks named by their malloc'd size */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"
DELAYED void render(DELAYED_OUT_N(32) char *out, long v) {
  long x = v;
  for (int r = 0; r < 300000; r++) x = (x * 7 + r) % 1000003;
  snprintf(out, 32, "%ld", x);
}
DELAYED long combine(int a, int b) {
  long s = 0;
  for (int r = 0; r < 300000; r++) s = (s * 31 + a + b + r) % 999983;
  return s;
}
int main(void) {
  char *x = malloc(32), *y = malloc(32);
  render(x, 11);
  render(y, 12);
  long r1 = combine(strcmp(x, y), 1);
  long r2 = combine(atoi(y), 2);
  long r3 = combine((int)strlen(x), 3);
  printf("%s %s %ld %ld %ld\n", x, y, r1, r2, r3);
  return 0;
}
