/* merge_sort.c — extent checks through a checked copy of a helper: merge()
 * with its while loops, called by a recursive DELAYED sort. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"
#define N (1 << 24)

static void merge(const int *a, long na, const int *b, long nb, int *out) {
    long i = 0, j = 0, k = 0;
    while (i < na && j < nb) out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < na) out[k++] = a[i++];
    while (j < nb) out[k++] = b[j++];
}

DELAYED DELAYED_CUTOFF(n < 16384) void msort(DELAYED_INOUT_N(n) int *v, DELAYED_OUT_N(n) int *tmp, long n) {
    if (n < 2) return;
    long h = n / 2;
    msort(v, tmp, h);
    msort(v + h, tmp + h, n - h);
    merge(v, h, v + h, n - h, tmp);
    memcpy(v, tmp, (size_t)n * sizeof *v);
}

int main(void) {
    int *v = malloc(sizeof *v * N), *tmp = malloc(sizeof *tmp * N);
    if (!v || !tmp) return 1;
    unsigned x = 12345;
    for (long i = 0; i < N; i++) { x = x * 1103515245u + 12345u; v[i] = (int)(x >> 8); }
    msort(v, tmp, N);
    long s = 0;
    for (long i = 0; i < N; i += 4096) s += v[i] % 1000;
    printf("%ld %d\n", s, v[N - 1] >= v[0]);
    free(v);
    free(tmp);
    return 0;
}
