/* chain_locals.c — a chain through locals declared before the loop (a = f1(in[i]); b = g1(a); out[i] = h1(b, a)): small calls, batched one batch after another; with --no-batch, the throttle keeps the pending tasks few (one thread: libgomp took time quadratic in them). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED static int f1(int x) { return x * 5 + 1; }
DELAYED static int g1(int a) { return a % 113; }
DELAYED static int h1(int a, int b) { return a - 7 * b; }
#ifndef N
#define N 10000
#endif
int main(void)
{
    int *in = malloc(N * sizeof *in);
    int *out = malloc(N * sizeof *out);
    if (!in || !out)
        return 1;
    for (int i = 0; i < N; i++)
        in[i] = (i * 7919) % 10007;
    int a, b;
    for (int i = 0; i < N; i++) {
        a = f1(in[i]);
        b = g1(a);
        out[i] = h1(b, a);
    }
    long t = 0;
    for (int i = 0; i < N; i++)
        t += out[i];
    printf("t=%ld last=%d,%d\n", t, a, b);
    free(in);
    free(out);
    return 0;
}
