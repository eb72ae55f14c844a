/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (bug4_min) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include "delayed.h"
static const int *saved;
static void remember(const int *x) { saved = x; }
DELAYED long rd(const int *p) { return p[1]; }
DELAYED long idle(int k) { return k; }
int main(void) {
  int other[4] = {5, 6, 7, 8};
  int *p = other;
  remember(p);                 /* 'other' published through a local pointer */
  long b = rd(saved);
  long i = idle(1);
  other[1] = 60;               /* does not wait for rd */
  printf("%ld %ld\n", b, i);
  return 0;
}
