/* unneeded_deps.c — depend items that order nothing (lit input: emit/drop-unneeded-deps.test). */
#include <stdio.h>
#include "delayed.h"

DELAYED int tiny(int x) { return x * 3 + 1; }

static void run(const int *in, int *restrict out, int n)
{
    for (int i = 0; i < n; i++)
        out[i] = tiny(in[i]);
}

static void twice(const int *in, int *restrict out, int n)
{
    for (int i = 0; i < n; i++)
        out[i / 2] = tiny(in[i]);
}

static int peek(const int *in, int *restrict out, int n)
{
    for (int i = 0; i < n; i++)
        out[i] = tiny(in[i]);
    int first = out[0];
    return first;
}

int main(void)
{
    int in[8] = {1, 2, 3, 4, 5, 6, 7, 8}, out[8], o2[4], o3[8];
    run(in, out, 8);
    twice(in, o2, 8);
    int p = peek(in, o3, 8);
    printf("%d %d %d\n", out[7], o2[3], p);
    return 0;
}
