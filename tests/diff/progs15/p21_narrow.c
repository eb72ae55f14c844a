/* least of long values into an int, int into char: conversions that lose values (kept in order) (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

int best = 100;
char cbest = 100;

DELAYED void cand(long d) {
  usleep(d > 60 ? 5000 : 20000);
  if (d < best) best = d;           /* long value into int place: truncated */
  int c = (int)(d % 1000);
  if (c < cbest) cbest = c;          /* int into char */
}

int main(void) {
  cand(-4294967096L);  /* < 100, stored as 200 */
  cand(50);
  cand(-3000 + 256 * 0 + 1000 - 744);  /* c=-2744 %1000 = -744 -> char 24 */
  cand(70);
  printf("best=%d cbest=%d\n", best, cbest);
  return 0;
}
