/* 09_local_chain.c — per-iteration chains through locals: a = f(x); b = g(a);
 * out[i] = h(a, b); in a for loop over a buffer and over a local array, with the
 * locals declared in the body and, in a second loop, declared before the loop. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED static int f1(int x) { return x * 5 + 1; }
DELAYED static int g1(int a) { return a % 113; }
DELAYED static int h1(int a, int b) { return a - 7 * b; }

#define N 250000

int main(void)
{
    int *in = malloc(N * sizeof *in);
    int *out = malloc(N * sizeof *out);
    int *out2 = malloc(N * sizeof *out2);
    int loc[2000];
    if (!in || !out || !out2)
        return 1;
    for (int i = 0; i < N; i++)
        in[i] = (i * 7919) % 10007;

    for (int i = 0; i < N; i++) {
        int a = f1(in[i]);
        int b = g1(a);
        out[i] = h1(a, b);
    }

    int a, b;
    for (int i = 0; i < N; i++) {
        a = f1(in[i] + 1);
        b = g1(a);
        out2[i] = h1(b, a);
    }
    int lasta = a, lastb = b;

    for (int i = 0; i < 2000; i++) {
        int c = f1(i);
        loc[i] = h1(c, g1(c));
    }

    long s = 0, t = 0, u = 0;
    for (int i = 0; i < N; i++) {
        s += out[i];
        t += out2[i];
    }
    for (int i = 0; i < 2000; i++)
        u += loc[i];
    printf("s=%ld t=%ld u=%ld last=%d,%d\n", s, t, u, lasta, lastb);
    free(in);
    free(out);
    free(out2);
    return 0;
}
