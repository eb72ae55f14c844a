/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (e19_struct_ptr) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"
static struct S { int x; int g[4]; } S = {0, {1,2,3,4}}; static struct S *sp = &S;
DELAYED long rd(const int *p) { usleep(10000); return p[0] * 10 + p[1]; }
DELAYED long idle(int k) { usleep(1000); return k; }
int main(void) {
  const int *p = sp->g;
  long r = rd(p);
  long i1 = idle(1);
  S.g[0] += 5;
  long r2 = rd(p);
  long i2 = idle(2);
  S.g[0] += 5;
  printf("%ld %ld %ld %ld\n", r, r2, i1, i2);
  return 0;
}
