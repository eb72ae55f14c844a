// A task's private hash table in a local array of bucket pointers (`node
// *tab[NB]`, nodes from malloc through a helper), in a local struct holding
// its buckets, or with nodes taken from a local pool array: every pointer met
// there is the task's own, so the tasks run beside each other (blind 66a, 67a:
// a route cost per query kept its order with every other task).  A local
// table given a global's list, directly or by a helper, is memory delayc
// cannot place: those tasks keep their order.
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// CHECK-NOT: call of '{{buckets|in_struct|pooled}}' keeps its order
// CHECK: call of 'leaky' keeps its order with the other tasks that use {{.*}}memory reached through pointers
// CHECK-NOT: call of '{{buckets|in_struct|pooled}}' keeps its order
// CHECK: call of 'linked' keeps its order with the other tasks that use {{.*}}memory reached through pointers
// CHECK-NOT: call of '{{buckets|in_struct|pooled}}' keeps its order
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define NB 16
typedef struct node { int key; long val; struct node *next; } node;
struct table { node *bucket[NB]; int n; };

static node g_nodes[3] = {{1, 5, &g_nodes[1]}, {2, 6, &g_nodes[2]}, {3, 7, NULL}};
static node *g_head = g_nodes;

static node *insert(node **tab, int key) {
  node *n;
  for (n = tab[key % NB]; n; n = n->next)
    if (n->key == key) return n;
  n = malloc(sizeof *n);
  if (!n) abort();
  n->key = key;
  n->val = 0;
  n->next = tab[key % NB];
  tab[key % NB] = n;
  return n;
}

static node *insert_pooled(node **tab, node *pool, int *used, int key) {
  node *n;
  for (n = tab[key % NB]; n; n = n->next)
    if (n->key == key) return n;
  n = &pool[(*used)++];
  n->key = key;
  n->val = 0;
  n->next = tab[key % NB];
  tab[key % NB] = n;
  return n;
}

static void link_in(node **tab, node *h) { tab[0] = h; }

static long sum_free(node **tab, int owned) {
  long s = 0;
  for (int b = 0; b < NB; b++) {
    node *n = tab[b];
    while (n) {
      node *x = n->next;
      s += n->val;
      if (owned) free(n);
      n = x;
    }
  }
  return s;
}

DELAYED void buckets(int q, DELAYED_OUT long *out) {
  node *tab[NB];
  for (int b = 0; b < NB; b++) tab[b] = NULL;
  for (int i = 0; i < 200; i++) insert(tab, (i * 7 + q) % 50)->val += i;
  *out = sum_free(tab, 1);
}

DELAYED void in_struct(int q, DELAYED_OUT long *out) {
  struct table t = {{NULL}, 0};
  for (int i = 0; i < 200; i++) { insert(t.bucket, (i * 3 + q) % 40)->val += i; t.n++; }
  *out = sum_free(t.bucket, 1) + t.n;
}

DELAYED void pooled(int q, DELAYED_OUT long *out) {
  node *tab[NB] = {NULL};
  node pool[64];
  int used = 0;
  for (int i = 0; i < 200; i++) insert_pooled(tab, pool, &used, (i * 5 + q) % 60)->val += i;
  *out = sum_free(tab, 0);
}

DELAYED void leaky(int q, DELAYED_OUT long *out) {
  node *tab[NB] = {NULL};
  tab[0] = g_head;                       /* the global list, in the local table */
  for (node *n = tab[0]; n; n = n->next) n->val += q;
  *out = sum_free(tab, 0);
}

DELAYED void linked(int q, DELAYED_OUT long *out) {
  node *tab[NB] = {NULL};
  link_in(tab, g_head);                  /* ... put there by a helper */
  for (node *n = tab[0]; n; n = n->next) n->val += q;
  *out = sum_free(tab, 0);
}

int main(void) {
  long a[4], b[4], c[4], d[4], e[4];
  for (int q = 0; q < 4; q++) buckets(q, &a[q]);
  for (int q = 0; q < 4; q++) in_struct(q, &b[q]);
  for (int q = 0; q < 4; q++) pooled(q, &c[q]);
  for (int q = 0; q < 4; q++) leaky(q, &d[q]);
  for (int q = 0; q < 4; q++) linked(q, &e[q]);
  for (int q = 0; q < 4; q++) printf("%ld %ld %ld %ld %ld\n", a[q], b[q], c[q], d[q], e[q]);
  return 0;
}
