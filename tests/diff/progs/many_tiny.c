/* many_tiny.c — covers: many (10,000) tiny independent tasks in one loop, each writing
 * one array element, followed by a second pass of 5,000 tasks combining pairs, and
 * a sum by ordinary code (a stress test for task creation and storage). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED static int sq_mod(int i) { return (i * i) % 1000; }
DELAYED static int pair(int a, int b) { return a - b; }

#define N 10000

int main(void)
{
    int *v = malloc(N * sizeof *v);
    int *p = malloc(N / 2 * sizeof *p);
    if (!v || !p)
        return 1;
    for (int i = 0; i < N; i++)
        v[i] = sq_mod(i);
    for (int i = 0; i < N / 2; i++)
        p[i] = pair(v[2 * i], v[2 * i + 1]);
    long s = 0, t = 0;
    for (int i = 0; i < N; i++)
        s += v[i];
    for (int i = 0; i < N / 2; i++)
        t += (long)p[i] * (i % 7);
    printf("s=%ld t=%ld v[9999]=%d p[4999]=%d\n", s, t, v[N - 1], p[N / 2 - 1]);
    free(p);
    free(v);
    return 0;
}
