/* goto_cleanup.c — the C error-handling idiom: a function allocates buffers,
 * spawns tasks into them, and on a failed check jumps to a `cleanup:` label that
 * frees everything (the tasks must be finished before the free); success and
 * failure paths both taken. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void gen(DELAYED_OUT_N(n) int *dst, int n, int seed)
{
    for (int i = 0; i < n; i++)
        dst[i] = (seed * 131 + i * 17) % 1000;
}

DELAYED long sum(DELAYED_IN_N(n) const int *src, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += src[i];
    return s;
}

static int run(int n, int seed, long *result)
{
    int rc = -1;
    int *a = NULL, *b = NULL;
    a = malloc(n * sizeof *a);
    if (!a)
        goto cleanup;
    gen(a, n, seed);
    long sa = sum(a, n);
    if (seed % 2) {
        rc = 1;
        goto cleanup;
    }
    b = malloc(n * sizeof *b);
    if (!b)
        goto cleanup;
    gen(b, n, seed + 1);
    long sb = sum(b, n);
    *result = sa + sb;
    rc = 0;
cleanup:
    free(b);
    free(a);
    return rc;
}

int main(void)
{
    for (int seed = 0; seed < 6; seed++) {
        long r = -1;
        int rc = run(500 + seed, seed, &r);
        printf("seed %d rc %d r %ld\n", seed, rc, r);
    }
    return 0;
}
