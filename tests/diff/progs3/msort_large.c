/* msort_large.c — covers: ranges of run-time length over large buffers, which
 * must never become one dependence per element (delayc used to emit
 * depend(iterator(k = 0:n), ...): gcc builds that array on the stack, and with
 * these sizes the program crashed).  A merge sort of 2M elements whose two
 * recursive calls name a[0 .. h) and a[h .. n) of restrict buffers (disjoint:
 * each task depends on its range's first element); chunks of run-time length
 * scaled in a loop, then summed as a whole (not shown disjoint: every task
 * depends on the buffer's first element); and a static array of 100000 results
 * written element by element, then read as a whole by one task. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

static void insertion(int *a, long n)
{
    for (long i = 1; i < n; i++) {
        int v = a[i];
        long j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static void merge(const int *a, long na, const int *b, long nb, int *out)
{
    long i = 0, j = 0, k = 0;
    while (i < na && j < nb)
        out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < na)
        out[k++] = a[i++];
    while (j < nb)
        out[k++] = b[j++];
}

/* sorts a[0..n) in place; tmp[0..n) is scratch */
DELAYED DELAYED_CUTOFF(n <= 16384)
void msort(DELAYED_INOUT_N(n) int *restrict a, DELAYED_OUT_N(n) int *restrict tmp, long n)
{
    if (n <= 32) {
        insertion(a, n);
        return;
    }
    long h = n / 2;
    msort(a, tmp, h);
    msort(a + h, tmp + h, n - h);
    merge(a, h, a + h, n - h, tmp);
    memcpy(a, tmp, (size_t)n * sizeof *a);
}

DELAYED void scale(DELAYED_INOUT_N(len) int *p, long len, int k)
{
    for (long i = 0; i < len; i++)
        p[i] = p[i] * k % 1000003;
}

DELAYED long total(DELAYED_IN_N(len) const int *p, long len)
{
    long s = 0;
    for (long i = 0; i < len; i++)
        s = (s * 31 + p[i]) % 1000000007L;
    return s;
}

DELAYED int cube(int x)
{
    return (x % 1000) * (x % 1000) % 9973 * (x % 1000) % 9973;
}

DELAYED long sum_all(DELAYED_IN const int *v)
{
    long s = 0;
    for (int i = 0; i < 100000; i++)
        s += v[i];
    return s;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 2000000;
    int *a = malloc((size_t)n * sizeof *a), *tmp = malloc((size_t)n * sizeof *tmp);
    if (!a || !tmp)
        return 1;
    unsigned s = 7u;
    for (long i = 0; i < n; i++) {
        s = s * 1664525u + 1013904223u;
        a[i] = (int)(s >> 4) % 1000000;
    }
    msort(a, tmp, n);
    delayed_compute(a);
    int sorted = 1;
    unsigned long check = 0;
    for (long i = 0; i < n; i++) {
        if (i && a[i - 1] > a[i])
            sorted = 0;
        check = check * 31u + (unsigned)a[i];
    }
    printf("msort n=%ld sorted=%d min=%d max=%d check=%lu\n", n, sorted, a[0], a[n - 1], check);

    /* chunks of a run-time length, in a loop: not shown disjoint */
    long len = n / 7;
    for (long c = 0; c < 7; c++)
        scale(a + c * len, len, (int)c + 2);
    long t = total(a, n);
    delayed_compute(t);
    printf("scaled total=%ld\n", t);

    static int r[100000];
    for (int i = 0; i < 100000; i++)
        r[i] = cube(i);
    long all = sum_all(r);
    delayed_compute(all);
    printf("cubes sum=%ld r[99999]=%d\n", all, r[99999]);
    free(tmp);
    free(a);
    return 0;
}
