/* A DELAYED function that changes what its struct's counted members name
 * (blind round 46b w5, w6): `v->n += 2` before it writes v->d[0 .. n),
 * `v.d += 1` on a struct by value, a push `v->d[v->n++]`.  The tasks named
 * the regions read at their spawn and wrote past them, racing the task on
 * the neighbouring block: 7 7 7 7 instead of 7 7 107 107 (gcc, clang,
 * pthreads, every run).  Such calls are ordered with all memory now; lint
 * says why. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { int *d DELAYED_N(n); int n; int cap; } Vec;

static void slow(void) { volatile double s = 0; for (long k = 0; k < 3000000; k++) s += (double)(k % 3); (void)s; }

DELAYED void extend(DELAYED_INOUT Vec *v, int x) { slow(); v->n += 2; for (int i = 0; i < v->n; i++) v->d[i] = x; }
DELAYED void extend_copy(Vec v, int x) { slow(); v.n += 2; for (int i = 0; i < v.n; i++) v.d[i] = x; }
DELAYED void shift_write(Vec v, int x) { slow(); v.d += 1; for (int i = 0; i < v.n; i++) v.d[i] = x; }
DELAYED void push(DELAYED_INOUT Vec *v, int x) { slow(); if (v->n < v->cap) v->d[v->n++] = x; }
DELAYED void bump(DELAYED_INOUT Vec *v) { for (int i = 0; i < v->n; i++) v->d[i] += 100; }
DELAYED void bump_copy(Vec v) { for (int i = 0; i < v.n; i++) v.d[i] += 100; }

int main(void) {
  int *mem = calloc(32, sizeof(int));
  Vec a = { mem, 2, 4 }, b = { mem + 2, 2, 4 };
  extend(&a, 7);                   /* mem[0..3] */
  bump(&b);                        /* mem[2..3] after it: 107 */
  Vec c = { mem + 8, 2, 4 }, d = { mem + 10, 2, 4 };
  extend_copy(c, 5);               /* mem[8..11] */
  bump_copy(d);                    /* then mem[10..11] += 100 */
  Vec e = { mem + 16, 2, 4 }, f = { mem + 18, 2, 4 };
  shift_write(e, 3);               /* mem[17..18] */
  bump_copy(f);                    /* mem[18] = 103 */
  Vec g = { mem + 24, 2, 4 }, h = { mem + 26, 2, 4 };
  push(&g, 9);                     /* mem[26] = 9 */
  bump(&h);                        /* mem[26] = 109 */
  delayed_compute(mem);
  for (int i = 0; i < 32; i++) printf("%d%c", mem[i], i % 8 == 7 ? '\n' : ' ');
  printf("a.n=%d g.n=%d\n", a.n, g.n);
  free(mem);
  return 0;
}
