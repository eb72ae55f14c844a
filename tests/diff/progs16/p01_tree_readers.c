/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (p01_tree_readers) */
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
DELAYED long total(const Node *n, int k) { usleep(10000); return tsum(n) * k; }
int main(void) {
  Node *t = mk(8, 1);
  long r[6];
  for (int i = 0; i < 6; i++) r[i] = total(t, i + 1);
  for (int i = 0; i < 6; i++) printf("%ld\n", r[i]);
  freet(t);
  return 0;
}
