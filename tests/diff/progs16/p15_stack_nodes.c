/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (p15_stack_nodes) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"
typedef struct Node { int val; struct Node *left, *right; } Node;
DELAYED long rd(const Node *n) { usleep(10000); long s = 0; while (n) { s += n->val; n = n->left; } return s; }
int main(void) {
  Node a = {1, NULL, NULL};
  Node b = {2, &a, NULL};
  Node c = {3, &b, NULL};
  const Node *p = &c;
  long r0 = rd(p);
  a.val = 100;                 /* ordinary write of a local reached through c->left->left */
  long r1 = rd(&c);
  Node *q = c.left; q->val = 50;
  long r2 = rd(c.left);
  a.val++;
  long r3 = rd(b.left);
  printf("%ld %ld %ld %ld\n", r0, r1, r2, r3);
  return 0;
}
