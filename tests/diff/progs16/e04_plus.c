/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (e04_plus) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"
static int g[4] = {1,2,3,4};
DELAYED long rd(const int *p) { usleep(10000); return p[0] * 10 + p[1]; }
int main(void) {
  const int *p = g + 1;
  long r = rd(p);
  g[1] += 5;
  long r2 = rd(p);
  g[1] += 5;
  printf("%ld %ld\n", r, r2);
  return 0;
}
