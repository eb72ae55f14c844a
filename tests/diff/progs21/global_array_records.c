/* Records in a global array, each with a counted member (blind 62a bank:
 * `process_account(&accounts[a])` chained on all memory, "the same for every
 * call"): the task declares the record and its members' regions.  A record
 * pointing at a local array publishes it (add1 on the local waits for the
 * task on that record); two records sharing a block are ordered. */
#define _DEFAULT_SOURCE   /* usleep */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

typedef struct { int n; double *v DELAYED_N(n); } Rec;
static Rec recs[4];

DELAYED static void scale(DELAYED_INOUT Rec *r) {
    usleep(2000);
    for (int i = 0; i < r->n; i++) r->v[i] *= 2;
}
DELAYED static void add1(DELAYED_INOUT_N(n) double *x, int n) {
    for (int i = 0; i < n; i++) x[i] += 1;
}
DELAYED static void sum(DELAYED_IN const Rec *r, DELAYED_OUT double *s) {
    *s = 0;
    for (int i = 0; i < r->n; i++) *s += r->v[i];
}

int main(void) {
    double local[8];
    static Rec mine[3];                 /* a static local array of records too */
    for (int i = 0; i < 8; i++) local[i] = i;
    recs[0].n = 8;
    recs[0].v = local;
    for (int k = 1; k < 4; k++) {
        recs[k].n = 16;
        recs[k].v = calloc(16, sizeof(double));
        recs[k].v[3] = k;
    }
    for (int k = 0; k < 3; k++) {
        mine[k].n = 4;
        mine[k].v = calloc(4, sizeof(double));
        mine[k].v[k] = 10 + k;
    }
    for (int k = 0; k < 4; k++) scale(&recs[k]);
    for (int k = 0; k < 3; k++) scale(&mine[k]);
    add1(local, 8);
    double *spare = recs[2].v;
    recs[2].v = recs[1].v;              /* two records share a block */
    double s[4], t[3];
    for (int k = 0; k < 4; k++) scale(&recs[k]);
    for (int k = 0; k < 4; k++) sum(&recs[k], &s[k]);
    for (int k = 0; k < 3; k++) sum(&mine[k], &t[k]);
    for (int i = 0; i < 8; i++) printf("%g ", local[i]);
    printf("| %g %g %g %g | %g %g %g\n", s[0], s[1], s[2], s[3], t[0], t[1], t[2]);
    free(spare);
    for (int k = 1; k < 4; k++) if (k != 2) free(recs[k].v);
    for (int k = 0; k < 3; k++) free(mine[k].v);
    return 0;
}
