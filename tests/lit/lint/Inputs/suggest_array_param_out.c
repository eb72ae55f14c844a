/* A result written through an array parameter, `*out = ...` with `double
 * out[1]` (blind round 53a: read as writing nothing; the outer loop, which
 * rewrites all of f each round, was proposed with f DELAYED_IN, and the
 * emitted program printed a tenth of the sum). */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#ifndef NB
#define NB 600
#endif
typedef struct { double x, m; } Body;
static void force(const Body *b, int n, int i, double scale, double out[1])
{
    double a = 0; int j, r;
    for (r = 0; r < 4; r++)
        for (j = 0; j < n; j++) a += b[j].m / (1e-3 + fabs(b[j].x - b[i].x));
    *out = a * scale;
}
int main(void)
{
    Body *b = malloc(NB * sizeof *b);
    double *f = malloc(NB * sizeof *f), s = 0;
    int i, r;
    for (i = 0; i < NB; i++) { b[i].x = (double)(i * 7 % 13); b[i].m = 1.0; }
    for (r = 0; r < 10; r++)
        for (i = 0; i < NB; i++) force(b, NB, i, 1.0 + r, &f[i]);
    for (i = 0; i < NB; i++) s += f[i];
    printf("%.6e\n", s);
    free(b); free(f);
    return 0;
}
