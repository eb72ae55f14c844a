/* the same records in a malloc'd array assigned after its declaration, C89 (blind round 44: peak 1, a full wait at each spawn) */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define NB 8
#define N 250000

typedef struct {
    int n;
    double *v DELAYED_N(n);
} Buf;

static void work(Buf *b)
{
    int i, r;
    for (r = 0; r < 10; r++)
        for (i = 0; i < b->n; i++)
            b->v[i] = b->v[i] * 0.5 + r;
}

int main(void)
{
    Buf *bufs;
    int i, j;
    double s;
    bufs = (Buf *)malloc(NB * sizeof(Buf));
    for (i = 0; i < NB; i++) {
        bufs[i].n = N;
        bufs[i].v = (double *)malloc(N * sizeof(double));
        for (j = 0; j < N; j++)
            bufs[i].v[j] = i + j * 1e-6;
    }
    for (i = 0; i < NB; i++)
        work(&bufs[i]);
    s = 0;
    for (i = 0; i < NB; i++)
        for (j = 0; j < N; j += 1000)
            s += bufs[i].v[j];
    printf("%.6f\n", s);
    for (i = 0; i < NB; i++) free(bufs[i].v);
    return 0;
}
