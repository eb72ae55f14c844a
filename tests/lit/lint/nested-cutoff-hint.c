// The cutoff the note proposes names an integer parameter of the function,
// or none when it has no integer parameter.
// RUN: %delayc lint %s -- %delayc-cflags | FileCheck %s
// CHECK: note: add DELAYED_CUTOFF(<condition on the parameters>) to 'span', e.g. DELAYED_CUTOFF(len < 20), so that small calls run inline
// CHECK: note: add DELAYED_CUTOFF(<condition on the parameters>) to 'depth', so that small calls run inline
#include "delayed.h"

typedef struct Node { struct Node *l, *r; } Node;

DELAYED long span(const double *v, long len) {
  if (len < 2) return len;
  return span(v, len / 2) + span(v + len / 2, len - len / 2);
}

DELAYED int depth(const Node *t) {
  if (!t) return 0;
  int a = depth(t->l), b = depth(t->r);
  return 1 + (a > b ? a : b);
}

int main(void) {
  double v[8] = {0};
  Node n = {0, 0};
  return (int)span(v, 8) + depth(&n);
}
