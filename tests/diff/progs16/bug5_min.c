/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (bug5_min) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"
typedef struct N { int v; struct N *l, *r; } N;
static N *mk(int d) { if (!d) return NULL; N *n = malloc(sizeof *n); n->v = d; n->l = mk(d - 1); n->r = mk(d - 1); return n; }
DELAYED long count(const N *t) {          /* only reads; its explicit stack is a local array */
  usleep(20000);
  const N *st[64]; int sp = 0; long c = 0;
  st[sp++] = t;
  while (sp) { const N *m = st[--sp]; c += m->v; if (m->l) st[sp++] = m->l; if (m->r) st[sp++] = m->r; }
  return c;
}
int main(void) {
  N *t = mk(5);
  long a = count(t), b = count(t->l);
  printf("%ld %ld\n", a, b);
  return 0;
}
