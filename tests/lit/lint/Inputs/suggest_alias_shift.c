/* A pointer into a global array, written by the loop, while the body reads
 * the global by name: next[i] is g[i + 1], a recurrence (blind round 40 s31:
 * proposed, and its tasks ran one at a time).  `cur` points at g's start:
 * cur[i] and g[i] are one element, the iterations independent. */
#include <math.h>
#include <stdio.h>

#define N    600
#define WORK 3000

static double g[N + 1];
static double h[N];

int main(void)
{
    for (int i = 0; i <= N; i++)
        g[i] = 1.0 + 0.001 * i;
    double *next = g + 1;
    for (int i = 0; i < N; i++) {
        double a = 0.0;
        for (int k = 1; k < WORK; k++)
            a += sin(g[i] * k) / k;
        next[i] = 0.5 * g[i] + 0.01 * a;
    }
    double *cur = &h[0];
    for (int i = 0; i < N; i++) {
        double a = 0.0;
        for (int k = 1; k < WORK; k++)
            a += cos(g[i] * k) / k;
        cur[i] = h[i] * 0.0 + a;
    }
    double s = 0.0;
    for (int i = 0; i < N; i++)
        s += g[i] * (1 + i % 7) + h[i];
    printf("alias %.12f last %.12f\n", s, g[N]);
    return 0;
}
