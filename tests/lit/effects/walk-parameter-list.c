// A helper that walks a list it is given (`for (e = t->bucket[h]; e; e =
// e->next) e->count++;`): e holds only pointers loaded from what the
// parameter reaches, so its writes are the parameter's, not memory of unknown
// place.  A task calling it on a table of its own runs beside the others
// (blind 62a: a word count per document kept its order with every task); so
// does one whose helpers fill its table with blocks of their own, and walks
// it, and one that builds a list with `h = push(h, v)` (64b).  A walk that
// starts from a global's list, or a table given a pointer of another origin
// (a function's result that is no allocation, a helper's result given a
// global's list), is memory delayc cannot place: the task keeps its order.
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// CHECK-NOT: call of '{{own|filled|listed}}' keeps its order
// CHECK: call of 'shared' keeps its order with the other tasks that use {{.*}}memory reached through pointers
// CHECK-NOT: call of '{{own|filled|listed}}' keeps its order
// CHECK: call of 'foreign' keeps its order with the other tasks that use {{.*}}memory reached through pointers
// CHECK-NOT: call of '{{own|filled|listed}}' keeps its order
// CHECK: call of 'adopted' keeps its order with the other tasks that use {{.*}}memory reached through pointers
// CHECK-NOT: call of '{{own|filled|listed}}' keeps its order
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

struct entry { int key, count; struct entry *next; };
struct table { struct entry *bucket[8]; };

static struct entry g_nodes[4] = {{1, 0, &g_nodes[1]}, {2, 0, &g_nodes[2]}, {3, 0, &g_nodes[3]}, {4, 0, NULL}};
static struct entry *g_head = g_nodes;

static void bump(struct table *t, int key) {
  struct entry *e;
  for (e = t->bucket[key % 8]; e; e = e->next)
    if (e->key == key) e->count++;
}

static void add(struct table *t, int key) {
  struct entry *e;
  for (e = t->bucket[key % 8]; e; e = e->next)
    if (e->key == key) { e->count++; return; }
  e = malloc(sizeof *e);
  if (!e) abort();
  e->key = key;
  e->count = 1;
  e->next = t->bucket[key % 8];
  t->bucket[key % 8] = e;
}

static struct entry *first_node(void) { return g_head; }

static struct entry *push(struct entry *h, int key) {
  struct entry *e = malloc(sizeof *e);
  if (!e) abort();
  e->key = key;
  e->count = 0;
  e->next = h;
  return e;
}

static struct entry *adopt(struct entry *h, struct entry *other) { return h ? h : other; }

static void bump_global(int key) {
  struct entry *e;
  for (e = g_head; e; e = e->next)
    if (e->key == key) e->count++;
}

DELAYED static void own(int k, DELAYED_OUT int *out) {
  struct table *t = calloc(1, sizeof *t);
  bump(t, k);
  *out = t->bucket[k % 8] == NULL;
  free(t);
}

DELAYED static void filled(int k, DELAYED_OUT int *out) {
  struct table *t = calloc(1, sizeof *t);
  for (int i = 0; i < 40; i++) add(t, (k * 5 + i) % 11);
  int s = 0;
  for (int b = 0; b < 8; b++)
    for (struct entry *e = t->bucket[b]; e; e = e->next) s += e->count * e->key;
  *out = s;
}

DELAYED static void foreign(int k, DELAYED_OUT int *out) {
  struct table *t = calloc(1, sizeof *t);
  t->bucket[0] = first_node();
  for (struct entry *e = t->bucket[0]; e; e = e->next) e->count += k;
  *out = k;
  free(t);
}

DELAYED static void listed(int k, DELAYED_OUT int *out) {
  struct entry *h = NULL;
  for (int i = 0; i < 30; i++) h = push(h, i * k);
  int s = 0;
  for (struct entry *e = h; e; e = e->next) s += ++e->count + e->key;
  while (h) {
    struct entry *n = h->next;
    free(h);
    h = n;
  }
  *out = s;
}

DELAYED static void adopted(int k, DELAYED_OUT int *out) {
  struct entry *h = adopt(NULL, first_node());
  for (struct entry *e = h; e; e = e->next) e->count += k;
  *out = k;
}

DELAYED static void shared(int k, DELAYED_OUT int *out) {
  bump_global(k);
  *out = k;
}

int main(void) {
  int a[6], b[4], c[4], d[3], l[4], m[3];
  for (int k = 0; k < 6; k++) own(k, &a[k]);
  for (int k = 0; k < 4; k++) shared(k + 1, &b[k]);
  for (int k = 0; k < 4; k++) filled(k, &c[k]);
  for (int k = 0; k < 3; k++) foreign(k + 1, &d[k]);
  for (int k = 0; k < 4; k++) listed(k, &l[k]);
  for (int k = 0; k < 3; k++) adopted(k + 1, &m[k]);
  printf("%d %d %d | %d %d %d %d | %d %d | %d | %d %d %d | %d\n", a[0], a[3], a[5], b[0], b[3], g_nodes[0].count,
         g_nodes[3].count, c[0], c[3], d[2], l[0], l[3], m[2], g_nodes[1].count);
  return 0;
}
