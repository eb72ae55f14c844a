/* C89 blocks: a block end set with ?: at the top of the function and used as
 * an inner loop's bound (blind round 46a: delayc suggest died of a stack
 * overflow, the clamp's span asking for the facts of that loop, which ask for
 * the clamp). */
void tr(double *dst, int n)
{
    int ib, i, imax;
    for (ib = 0; ib < n; ib += 64) {
        imax = ib + 64 < n ? ib + 64 : n;
        for (i = ib; i < imax; i++)
            dst[i] = 1.0;
    }
}

#include <stdio.h>
#include <stdlib.h>
int main(void)
{
    int n = 1000, i;
    double *d = malloc(n * sizeof *d), s = 0;
    tr(d, n);
    for (i = 0; i < n; i++) s += d[i];
    printf("%.1f\n", s);
    free(d);
    return 0;
}
