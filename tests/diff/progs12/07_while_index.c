/* 07_while_index.c — map loops written as while loops with a manual index (i++ at the
 * end of the body, and a stride of 2 with a second index for the output), and a
 * do-while, each call writing a[i] of a buffer. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED static unsigned hashu(unsigned x)
{
    x ^= x >> 16;
    x *= 0x7feb352du;
    x ^= x >> 15;
    return x;
}

#define N 500000

int main(void)
{
    unsigned *in = malloc(N * sizeof *in);
    unsigned *out = malloc(N * sizeof *out);
    unsigned *half = malloc(N / 2 * sizeof *half);
    unsigned *dw = malloc(N * sizeof *dw);
    if (!in || !out || !half || !dw)
        return 1;
    for (int i = 0; i < N; i++)
        in[i] = (unsigned)i * 2246822519u;

    int i = 0;
    while (i < N) {
        out[i] = hashu(in[i]);
        i++;
    }

    int k = 0, j = 0;
    while (k < N) {
        half[j] = hashu(in[k] + 1u);
        j++;
        k += 2;
    }

    int m = 0;
    do {
        dw[m] = hashu((unsigned)m);
        m++;
    } while (m < N);

    unsigned long s = 0, t = 0, u = 0;
    for (int q = 0; q < N; q++)
        s += out[q] % 1000u;
    for (int q = 0; q < j; q++)
        t += half[q] % 1000u;
    for (int q = 0; q < N; q++)
        u = u * 31u + dw[q] % 7u;
    printf("out=%lu half=%lu (j=%d) dw=%lu i=%d m=%d\n", s, t, j, u, i, m);
    free(in);
    free(out);
    free(half);
    free(dw);
    return 0;
}
