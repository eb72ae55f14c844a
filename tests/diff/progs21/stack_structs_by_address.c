/* Structs of counted members in a local array, each handed to a task that
 * writes it (work(&bufs[i]), blind round 44: never a task, "holds pointers").
 * The callee is given the struct alone, so what it stores in the members
 * points outside main's locals, and the spawn reads the members after the
 * tasks writing that struct: the buffers run together.  A call that also
 * gives the callee one of main's arrays (attach(&bufs[0], scratch)), which
 * it may store in the struct, keeps those calls ordered as before. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define NB 6
#define N 30000

typedef struct {
    int n;
    double *v DELAYED_N(n);
} Buf;

DELAYED static void work(DELAYED_INOUT Buf *b, int rounds)
{
    for (int r = 0; r < rounds; r++)
        for (int i = 0; i < b->n; i++) b->v[i] = b->v[i] * 0.5 + r;
}

DELAYED static void attach(DELAYED_INOUT Buf *b, DELAYED_INOUT_N(8) double *scratch)
{
    for (int i = 0; i < 8; i++) scratch[i] = b->v[i];
    b->v = scratch;
    b->n = 8;
}

static double run_plain(void)
{
    Buf bufs[NB];
    double s = 0;
    for (int i = 0; i < NB; i++) {
        bufs[i].n = N;
        bufs[i].v = malloc(N * sizeof(double));
        for (int j = 0; j < N; j++) bufs[i].v[j] = i + j * 1e-4;
    }
    for (int i = 0; i < NB; i++) work(&bufs[i], 40);
    for (int i = 0; i < NB; i++) work(&bufs[i], 3);
    for (int i = 0; i < NB; i++)
        for (int j = 0; j < bufs[i].n; j += 7) s += bufs[i].v[j] * (j % 5 + 1);
    for (int i = 0; i < NB; i++) free(bufs[i].v);
    return s;
}

static double run_attach(void)
{
    Buf bufs[2];
    double scratch[8], s = 0;
    for (int i = 0; i < 2; i++) {
        bufs[i].n = N;
        bufs[i].v = malloc(N * sizeof(double));
        for (int j = 0; j < N; j++) bufs[i].v[j] = i + j * 1e-4;
    }
    double *keep = bufs[0].v;
    for (int i = 0; i < 2; i++) work(&bufs[i], 5);
    attach(&bufs[0], scratch);
    work(&bufs[0], 2);
    for (int i = 0; i < 8; i++) scratch[i] += 1;
    work(&bufs[0], 1);
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < bufs[i].n; j += 7) s += bufs[i].v[j] * (j % 3 + 1);
    free(keep);
    free(bufs[1].v);
    return s;
}

int main(void)
{
    printf("%.6f %.6f\n", run_plain(), run_attach());
    return 0;
}
