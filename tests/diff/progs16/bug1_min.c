/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (bug1_min) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include "delayed.h"
typedef struct Node { int val; struct Node *next; } Node;
DELAYED long rd(const Node *n) { long s = 0; while (n) { s += n->val; n = n->next; } return s; }
int main(void) {
  Node a = {1, NULL};
  Node b = {2, &a};
  const Node *p = &b;
  long r = rd(p);
  a.val = 100;
  printf("%ld\n", r);
  return 0;
}
