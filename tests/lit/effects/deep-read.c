// A task given a node of a tree (data holding pointers) that its function
// only reads, all the way down, reads all memory reached through pointers:
// such tasks run together, and ordinary code that writes the tree waits for
// them.  Pointers kept in a block the function allocates for itself
// (collected, sorted, freed) are not kept anywhere else.  A function that
// writes below the node it is given stays ordinary code (its writes reach
// memory no dependency names).
//
// RUN: %delayc emit --explain %s -o %t.c 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: %cc-gcc -O1 -Wall %delayc-cflags %s -o %t.serial && %t.serial > %t.want
// RUN: %cc-gcc -O1 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.par
// RUN: env OMP_NUM_THREADS=1 %t.par > %t.g1 && diff %t.want %t.g1
// RUN: env OMP_NUM_THREADS=4 %t.par > %t.g4 && diff %t.want %t.g4
// RUN: env OMP_NUM_THREADS=2 DELAYC_BATCH=1 DELAYC_STATS=1 %t.par 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS
// RUN: %cc-clang -O1 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.clang
// RUN: env OMP_NUM_THREADS=4 %t.clang > %t.c4 && diff %t.want %t.c4
//
// CHECK-DAG: deep-read.c:105:16: explain: call of 'weigh': 'kid' points to data holding pointers, which 'weigh' only reads: the task reads all memory reached through pointers
// CHECK-DAG: deep-read.c:106:20: explain: call of 'grow': 'kid' points to data holding pointers, which 'grow' only reads
// CHECK-DAG: deep-read.c:64:47: explain: call of 'weigh': 'v[i]' points to data holding pointers
// CHECK-DAG: deep-read.c:109:57: explain: call of 'scale' runs serially: argument 1 holds pointers to memory delayc cannot track
// CHECK-DAG: deep-read.c:109:5: explain: waits before the loop for the tasks that use memory reached through pointers
// STATS: delayc: tasks={{[0-9]+}} peak-concurrency=2
#define _DEFAULT_SOURCE   /* usleep */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

typedef struct Node {
    struct Node *first, *next;
    int key;
    double w;
} Node;

static Node *node(int key, double w)
{
    Node *n = calloc(1, sizeof *n);
    if (!n) exit(1);
    n->key = key;
    n->w = w;
    return n;
}

static int by_key(const void *a, const void *b)
{
    const Node *x = *(const Node *const *)a, *y = *(const Node *const *)b;
    return (x->key > y->key) - (x->key < y->key);
}

/* reads the subtree; its children in key order through a block of its own */
DELAYED static double weigh(const Node *n)
{
    int k = 0;
    const Node *c;
    for (c = n->first; c; c = c->next) k++;
    const Node **v = malloc((k ? k : 1) * sizeof *v);
    if (!v) exit(1);
    k = 0;
    for (c = n->first; c; c = c->next) v[k++] = c;
    qsort(v, k, sizeof *v, by_key);
    double s = n->w;
    for (int i = 0; i < k; i++) s = s * 0.5 + weigh(v[i]) * (i + 1);
    free(v);
    usleep(2000);
    return s;
}

/* reads only, a loop of its own over the list */
DELAYED static int grow(const Node *n)
{
    int d = 0;
    for (const Node *c = n->first; c; c = c->next) {
        int e = grow(c) + 1;
        if (e > d) d = e;
    }
    return d;
}

/* writes below the node it is given */
DELAYED static void scale(Node *n, double f)
{
    n->w *= f;
    for (Node *c = n->first; c; c = c->next) scale(c, f);
}

int main(void)
{
    Node *root = node(0, 1.0);
    Node **tail = &root->first;
    for (int i = 0; i < 8; i++) {
        Node *k = node(100 - i, i * 0.25);
        Node **t = &k->first;
        for (int j = 0; j < 6; j++) {
            *t = node((j * 7) % 6, j + 0.5);
            t = &(*t)->next;
        }
        *tail = k;
        tail = &k->next;
    }
    double w[8];
    int depth[8], i = 0;
    for (Node *kid = root->first; kid; kid = kid->next, i++) {
        w[i] = weigh(kid);
        depth[i] = grow(kid);
    }
    i = 0;
    for (Node *kid = root->first; kid; kid = kid->next) scale(kid, 2.0);
    for (Node *kid = root->first; kid; kid = kid->next, i++)
        printf("%d %.4f %d %.2f\n", kid->key, w[i], depth[i], kid->w);
    return 0;
}
