/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (p04_helper_write) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
typedef struct Node { int val; struct Node *left, *right; } Node;
static Node *mk(int depth, int seed) {
  if (depth == 0) return NULL;
  Node *n = malloc(sizeof *n);
  n->val = seed % 97;
  n->left = mk(depth - 1, seed * 3 + 1);
  n->right = mk(depth - 1, seed * 5 + 2);
  return n;
}
static void freet(Node *n) { if (!n) return; freet(n->left); freet(n->right); free(n); }
#include "delayed.h"
static long tsum(const Node *n) { return n ? n->val + tsum(n->left) + tsum(n->right) : 0; }
static void touch(Node *m) { if (m) { m->val += 1000; touch(m->left); } }
static void visit(const Node *n) { if (n && n->left) touch((Node *)n->left->left); }
DELAYED long bump(const Node *n) {       /* writes via helpers two levels down */
  usleep(2000);
  visit(n);
  return 1;
}
DELAYED long total(const Node *n) { usleep(10000); return tsum(n); }
int main(void) {
  Node *t = mk(6, 1);
  long a = total(t);
  long b = bump(t);
  long c = total(t);
  long d = bump(t);
  long e = total(t);
  printf("%ld %ld %ld %ld %ld\n", a, b, c, d, e);
  freet(t);
  return 0;
}
