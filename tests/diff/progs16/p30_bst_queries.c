/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (p30_bst_queries) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"
typedef struct B { int key; long payload; struct B *l, *r; } B;
static B *insert(B *t, int k) {
  if (!t) { B *n = malloc(sizeof *n); n->key = k; n->payload = k * 3L; n->l = n->r = NULL; return n; }
  if (k < t->key) t->l = insert(t->l, k); else if (k > t->key) t->r = insert(t->r, k); else t->payload++;
  return t;
}
DELAYED long range_sum(const B *t, int lo, int hi) {
  usleep(5000);
  long s = 0;
  const B *stack[64]; int sp = 0;
  if (t) stack[sp++] = t;
  while (sp) { const B *n = stack[--sp]; if (n->key >= lo && n->key <= hi) s += n->payload; if (n->l && n->key > lo) stack[sp++] = n->l; if (n->r && n->key < hi) stack[sp++] = n->r; }
  return s;
}
int main(void) {
  B *t = NULL;
  for (int i = 0; i < 200; i++) t = insert(t, (i * 37) % 211);
  long res[3][8];
  for (int round = 0; round < 3; round++) {
    for (int q = 0; q < 8; q++) res[round][q] = range_sum(t, q * 25, q * 25 + 40);
    for (int i = 0; i < 20; i++) t = insert(t, (round * 101 + i * 13) % 211);   /* ordinary code changes the tree */
  }
  for (int round = 0; round < 3; round++) { for (int q = 0; q < 8; q++) printf("%ld ", res[round][q]); printf("\n"); }
  return 0;
}
