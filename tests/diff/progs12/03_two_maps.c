/* 03_two_maps.c — two maps where the second reads the first's results element by
 * element (b[i] = f(a[i]); c[i] = g(b[i], a[i])), on local arrays and on a buffer,
 * with a third map reading the neighbour b[i+1]. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED static long step1(long v) { return (v * 31 + 7) % 10007; }
DELAYED static long step2(long b, long a) { return b * 3 - a % 101; }
DELAYED static long neigh(long l, long r) { return l > r ? l - r : r - l; }

#define M 4096
#define N 300000

int main(void)
{
    long a[M], b[M], c[M];
    for (int i = 0; i < M; i++)
        a[i] = i * i % 977;
    for (int i = 0; i < M; i++)
        b[i] = step1(a[i]);
    for (int i = 0; i < M; i++)
        c[i] = step2(b[i], a[i]);
    long s = 0;
    for (int i = 0; i < M; i++)
        s += c[i] * (i % 5 + 1);
    printf("local: %ld\n", s);

    long *p = malloc(N * sizeof *p);
    long *q = malloc(N * sizeof *q);
    long *r = malloc(N * sizeof *r);
    long *d = malloc((N - 1) * sizeof *d);
    if (!p || !q || !r || !d)
        return 1;
    for (int i = 0; i < N; i++)
        p[i] = (long)i * 13 % 5003;
    for (int i = 0; i < N; i++)
        q[i] = step1(p[i]);
    for (int i = 0; i < N; i++)
        r[i] = step2(q[i], p[i]);
    for (int i = 0; i < N - 1; i++)
        d[i] = neigh(q[i], q[i + 1]);
    long t = 0, u = 0;
    for (int i = 0; i < N; i++)
        t += r[i];
    for (int i = 0; i < N - 1; i++)
        u += d[i];
    printf("heap: %ld %ld r[777]=%ld\n", t, u, r[777]);
    free(p);
    free(q);
    free(r);
    free(d);
    return 0;
}
