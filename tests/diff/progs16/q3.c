/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (q3) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"
typedef struct T { int val; int nk; struct T **kids; } T;
static T *mk(int d, int s) {
  T *t = malloc(sizeof *t); t->val = s % 101; t->nk = d ? 3 : 0;
  t->kids = t->nk ? malloc(t->nk * sizeof *t->kids) : NULL;
  for (int i = 0; i < t->nk; i++) t->kids[i] = mk(d - 1, s * 7 + i);
  return t;
}
DELAYED long sneaky(const T *t) {
  usleep(2000);
  T *v[8]; memcpy(v, t->kids, t->nk * sizeof *v); v[0]->val += 500;
  return t->nk;
}
DELAYED long sum2(const T *t) { usleep(10000); long s = t->val; for (int i = 0; i < t->nk; i++) s += t->kids[i]->val; return s; }
int main(void) {
  T *root = mk(3, 3);
  long a = sum2(root);
  long b = sneaky(root);
  long c = sum2(root);
  long d = sneaky(root);
  long e = sum2(root);
  printf("%ld %ld %ld %ld %ld\n", a, b, c, d, e);
  return 0;
}
