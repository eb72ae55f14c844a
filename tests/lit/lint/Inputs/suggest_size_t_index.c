/* Forces on body i from every body, with size_t counts and indexes (blind
 * round 53a): b[j] for j < n and b[i], i below n at every call, is [0, n);
 * the range alone made it [0, n + i + 1), into the next block, and the
 * batches ran one at a time. */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#ifndef NB
#define NB 600
#endif
typedef struct { double x, m; } Body;
static void force(const Body *b, size_t n, size_t i, double *out)
{
    double a = 0; size_t j, r;
    for (r = 0; r < 4; r++)
        for (j = 0; j < n; j++) a += b[j].m / (1e-3 + fabs(b[j].x - b[i].x));
    *out = a;
}
int main(void)
{
    Body *b = malloc(NB * sizeof *b);
    double *f = malloc(NB * sizeof *f), s = 0;
    size_t i, r;
    for (i = 0; i < NB; i++) { b[i].x = (double)(i * 7 % 13); b[i].m = 1.0; }
    for (r = 0; r < 4; r++)
        for (i = 0; i < NB; i++) force(b, NB, i, &f[i]);
    for (i = 0; i < NB; i++) s += f[i];
    printf("%.6e\n", s);
    free(b); free(f);
    return 0;
}
