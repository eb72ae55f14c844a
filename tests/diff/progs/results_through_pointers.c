/* Results stored through pointers a helper is given: out[i] = f(in[i]) into a
 * caller's buffer (tasks), with out aliasing in shifted by one (each spawn's
 * argument waits for the task writing it), *p = f(x), p->field = f(x) keeping
 * the other fields, and results read by ordinary code right after. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { long sum; long count; } Stat;

DELAYED long work(long x) {
  long s = 0;
  for (int i = 0; i < 20000; i++) s += (x * i + 3) % 11;
  return s;
}

static void map(long *out, const long *in, int n) {
  for (int i = 0; i < n; i++) out[i] = work(in[i]);
}

static void stats(Stat *st, long *one, const long *v, int n) {
  for (int i = 0; i < n; i++) st[i].sum = work(v[i]);
  *one = work(7);
  st[0].count = n;
  st->count += 1;
}

int main(void) {
  long *a = malloc(16 * sizeof *a), b[8];
  for (int i = 0; i < 16; i++) a[i] = i;
  map(b, a, 8);
  map(a + 1, a, 8);          /* a[i+1] = work(a[i]): a chain through memory */
  Stat st[4];
  long one = 0;
  for (int i = 0; i < 4; i++) st[i].count = 100 + i;
  stats(st, &one, b, 4);
  for (int i = 0; i < 8; i++) printf("b[%d]=%ld a[%d]=%ld\n", i, b[i], i + 1, a[i + 1]);
  for (int i = 0; i < 4; i++) printf("st[%d] = %ld %ld\n", i, st[i].sum, st[i].count);
  printf("one=%ld\n", one);
  free(a);
  return 0;
}
