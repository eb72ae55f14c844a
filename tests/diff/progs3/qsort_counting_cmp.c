/* qsort_counting_cmp.c — a systems programmer instruments sorting: the
 * comparator passed to `delayed(qsort)` / `delayed(bsearch)` counts its calls
 * in a file-static counter (and remembers the largest key it saw), and the
 * counts are read by ordinary code right after each call. The callees reach
 * mutable static state through a function-pointer argument whose target is in
 * this file, so these calls must stay in program order. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N 300

static long ncmp;
static int maxseen;

static int cmp_counting(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    ncmp++;
    if (x > maxseen)
        maxseen = x;
    return (x > y) - (x < y);
}

int main(void)
{
    int a[N], b[N], c[N / 2];
    for (int i = 0; i < N; i++) {
        a[i] = (i * 73 + 11) % 1009;
        b[i] = (i * 31 + 5) % 997;
    }
    for (int i = 0; i < N / 2; i++)
        c[i] = (i * 7) % 101;
    delayed(qsort)(a, N, sizeof a[0], cmp_counting);
    long cmp_a = ncmp;
    int max_a = maxseen;
    ncmp = 0;
    maxseen = 0;
    delayed(qsort)(b, N, sizeof b[0], cmp_counting);
    delayed(qsort)(c, N / 2, sizeof c[0], cmp_counting);
    long cmp_bc = ncmp;
    ncmp = 0;
    int key = b[N / 3];
    int *hit = delayed(bsearch)(&key, b, N, sizeof b[0], cmp_counting);
    printf("a: %ld comparisons, max %d; b+c: %ld comparisons, max %d\n", cmp_a, max_a, cmp_bc, maxseen);
    printf("bsearch %s after %ld comparisons; a[0]=%d a[N-1]=%d c[75]=%d\n", hit ? "hit" : "miss", ncmp, a[0],
           a[N - 1], c[N / 4]);
    return 0;
}
