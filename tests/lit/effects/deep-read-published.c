// A local whose address reaches memory (here a heap box a reader task is
// given) is published, whatever the spelling: `&r[0]`, a local pointer set from
// it, a member array `st.a`, the pointer's bytes copied by memcpy, a compound
// literal holding it.  Tasks that write it by name, and ordinary code that
// writes it, keep their order with the tasks that read all memory through
// pointers (a blind round printed stale sums for each of these).
//
// RUN: %delayc emit %s -o %t.c
// RUN: %cc-gcc -O1 -Wall %delayc-cflags %s -o %t.serial && %t.serial > %t.want
// RUN: %cc-gcc -O1 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.par
// RUN: env OMP_NUM_THREADS=1 %t.par > %t.g1 && diff %t.want %t.g1
// RUN: env OMP_NUM_THREADS=4 %t.par > %t.g4 && diff %t.want %t.g4
// RUN: %cc-clang -O1 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.clang
// RUN: env OMP_NUM_THREADS=4 %t.clang > %t.c4 && diff %t.want %t.c4
// RUN: %delayc emit --target=pthreads %s -o %t.pt.c
// RUN: %cc-gcc -O1 -Wall -Werror %delayc-cflags %t.pt.c %delayc-rt -o %t.pt -lpthread
// RUN: env DELAYC_NUM_THREADS=4 %t.pt > %t.p4 && diff %t.want %t.p4
#define _DEFAULT_SOURCE   /* usleep */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

typedef struct Box { long *data; int n; } Box;

static Box *box(void)
{
    Box *b = calloc(1, sizeof *b);
    if (!b) exit(1);
    return b;
}

DELAYED static long work(int i) { usleep(3000); return i * 10 + 1; }
DELAYED static long sum(const Box *b) { usleep(2000); long s = 0; for (int i = 0; i < b->n; i++) s += b->data[i]; return s; }

int main(void)
{
    /* tasks write r by name, a reader reaches it through the box */
    long r[4] = {0};
    Box *c = box();
    c->data = &r[0];
    c->n = 4;
    for (int i = 0; i < 4; i++) r[i] = work(i);
    long t1 = sum(c);

    /* ordinary code writes the local after the reader: a pointer set from it */
    long local[4] = {1, 2, 3, 4};
    long *p = local;
    Box *d = box();
    d->data = p;
    d->n = 4;
    long t2 = sum(d);
    local[0] = 100;

    /* a member array, the pointer's bytes copied, a compound literal */
    struct { long a[4]; } st = {{5, 6, 7, 8}};
    Box *e = box();
    e->data = st.a;
    e->n = 4;
    long t3 = sum(e);
    st.a[1] = 1000;
    long other[4] = {1, 1, 1, 1};
    long *q = other;
    Box *g = box();
    memcpy(&g->data, &q, sizeof q);
    g->n = 4;
    long t4 = sum(g);
    other[2] = 50;
    long third[4] = {2, 2, 2, 2};
    Box *h = box();
    memcpy(&h->data, &(long *){ third }, sizeof(long *));
    h->n = 4;
    long t5 = sum(h);
    third[3] = 70;

    printf("%ld %ld %ld %ld %ld\n", t1, t2, t3, t4, t5);
    printf("%ld %ld %ld %ld %ld\n", sum(c), sum(d), sum(e), sum(g), sum(h));
    free(c); free(d); free(e); free(g); free(h);
    return 0;
}
