/* msort_cutoff.c — covers: merge sort written as recursive divide and conquer with
 * DELAYED_CUTOFF, DELAYED_IN_N source and DELAYED_OUT_N destination/scratch halves
 * (disjoint sub-ranges of the same buffers), ordinary merge code reading what the
 * recursive tasks wrote, and a malloc'd input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

static void insertion(const int *src, int *dst, int n)
{
    memcpy(dst, src, (size_t)n * sizeof *dst);
    for (int i = 1; i < n; i++) {
        int v = dst[i], j = i - 1;
        while (j >= 0 && dst[j] > v) {
            dst[j + 1] = dst[j];
            j--;
        }
        dst[j + 1] = v;
    }
}

/* sorts src[0..n) into dst[0..n); tmp[0..n) is scratch */
DELAYED DELAYED_CUTOFF(n <= 256)
void msort(DELAYED_IN_N(n) const int *src, DELAYED_OUT_N(n) int *dst,
           DELAYED_OUT_N(n) int *tmp, int n)
{
    if (n <= 32) {
        insertion(src, dst, n);
        return;
    }
    int h = n / 2;
    msort(src, tmp, dst, h);
    msort(src + h, tmp + h, dst + h, n - h);
    int i = 0, j = h, k = 0;
    while (i < h && j < n)
        dst[k++] = tmp[i] <= tmp[j] ? tmp[i++] : tmp[j++];
    while (i < h)
        dst[k++] = tmp[i++];
    while (j < n)
        dst[k++] = tmp[j++];
}

int main(void)
{
    const int n = 20000;
    int *in = malloc((size_t)n * sizeof *in);
    int *out = malloc((size_t)n * sizeof *out);
    int *tmp = malloc((size_t)n * sizeof *tmp);
    if (!in || !out || !tmp)
        return 1;
    unsigned s = 7u;
    for (int i = 0; i < n; i++) {
        s = s * 1664525u + 1013904223u;
        in[i] = (int)(s >> 8) % 100000;
    }

    msort(in, out, tmp, n);

    int sorted = 1;
    long check = 0;
    for (int i = 0; i < n; i++) {
        if (i && out[i - 1] > out[i])
            sorted = 0;
        check = (check * 7 + out[i]) % 1000000007L;
    }
    printf("sorted=%d min=%d median=%d max=%d check=%ld\n", sorted, out[0], out[n / 2],
           out[n - 1], check);
    free(tmp);
    free(out);
    free(in);
    return 0;
}
