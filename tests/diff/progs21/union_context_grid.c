/* A `void *` context read through a local union (`Any a; a.v = p;
 * a.g->cells[i] = ...`, blind 64b): the union reads the parameter as a
 * pointer to a struct holding pointers.  When local aggregates holding
 * pointers began to be walked like local pointers (a task's private hash
 * table), the union was walked too, and the writes through a.g->cells were
 * taken as the parameter's own memory, which a `void *` with no count does
 * not reach: bump(&g3) overlapping g1 and g2 ran beside them with pthreads.
 * A union is not walked: what it reads is memory delayc cannot place. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

typedef struct { int *cells; int n; } Grid;
typedef union { void *v; Grid *g; char *c; } Any;

DELAYED void bump(void *p, int by) {
    Any a;
    a.v = p;
    usleep(1000);
    for (int i = 0; i < a.g->n; i++) a.g->cells[i] = a.g->cells[i] * 2 + by;
}

int main(void) {
    static int store[24];
    Grid g1 = {store, 12}, g2 = {store + 12, 12}, g3 = {store + 6, 12};
    for (int i = 0; i < 24; i++) store[i] = i;
    bump(&g1, 1);
    bump(&g2, 2);
    bump(&g3, 3);   /* overlaps both */
    bump(&g1, 4);
    long s = 0;
    for (int i = 0; i < 24; i++) s = s * 3 + store[i];
    printf("s=%ld\n", s);
    return 0;
}
