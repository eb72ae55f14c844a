/* msort_omp.c — merge sort in the style of cilksort: sort the two halves as tasks
 * (recursively, down to a cutoff), then merge them; below the cutoff a serial
 * merge sort, below 32 elements insertion sort hand-written OpenMP:
 * two tasks and a taskwait per level above the cutoff, a serial sort below). */
#include <string.h>
#include "common.h"
#include <omp.h>

#define CUTOFF 65536

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

static void msort_seq(int *a, int *tmp, long n)
{
    if (n <= 32) {
        insertion(a, n);
        return;
    }
    long h = n / 2;
    msort_seq(a, tmp, h);
    msort_seq(a + h, tmp + h, n - h);
    merge(a, h, a + h, n - h, tmp);
    memcpy(a, tmp, (size_t)n * sizeof *a);
}

/* sorts a[0..n) in place; tmp[0..n) is scratch */
static void msort(int *a, int *tmp, long n)
{
    if (n <= CUTOFF) {
        msort_seq(a, tmp, n);
        return;
    }
    long h = n / 2;
#pragma omp task
    msort(a, tmp, h);
#pragma omp task
    msort(a + h, tmp + h, n - h);
#pragma omp taskwait
    merge(a, h, a + h, n - h, tmp);
    memcpy(a, tmp, (size_t)n * sizeof *a);
}

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 8000000);
    int *a = malloc((size_t)n * sizeof *a), *tmp = malloc((size_t)n * sizeof *tmp);
    if (!a || !tmp)
        return 1;
    unsigned s = 7u;
    for (long i = 0; i < n; i++) {
        s = s * 1664525u + 1013904223u;
        a[i] = (int)(s >> 4);
    }
    double t0 = bench_now();
#pragma omp parallel
#pragma omp single
    msort(a, tmp, n);
    bench_report(bench_now() - t0);
    int sorted = 1;
    unsigned long check = 0;
    for (long i = 0; i < n; i++) {
        if (i && a[i - 1] > a[i])
            sorted = 0;
        check = check * 31u + (unsigned)a[i];
    }
    printf("msort n=%ld sorted=%d check=%lu\n", n, sorted, check);
    free(tmp);
    free(a);
    return 0;
}
