/* Two legacy merge sorts: one on a pointer and a count, split as
 * (a, n / 2) and (a + mid, n - mid); one on a range lo..hi of one array,
 * split as (lo, mid) and (mid, hi); and a quicksort, split around its pivot
 * as (v, j) and (v + j + 1, n - j - 1). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NREC (1 << 18)

static void merge_n(int *a, int *tmp, int mid, int n)
{
    int i = 0, j = mid, k = 0;
    while (i < mid && j < n) tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, (size_t)n * sizeof *a);
}

static void sort_n(int *a, int *tmp, int n)
{
    if (n < 2) return;
    int mid = n / 2;
    sort_n(a, tmp, mid);
    sort_n(a + mid, tmp + mid, n - mid);
    merge_n(a, tmp, mid, n);
}

static void merge_range(int *a, int *tmp, int lo, int mid, int hi)
{
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    for (k = lo; k < hi; k++) a[k] = tmp[k];
}

static void sort_range(int *a, int *tmp, int lo, int hi)
{
    if (hi - lo < 2) return;
    int mid = lo + (hi - lo) / 2;
    sort_range(a, tmp, lo, mid);
    sort_range(a, tmp, mid, hi);
    merge_range(a, tmp, lo, mid, hi);
}

static void quick_sort(int *v, int n)
{
    if (n < 2) return;
    int p = v[n / 2], j = 0;
    v[n / 2] = v[n - 1];
    v[n - 1] = p;
    for (int i = 0; i < n - 1; i++)
        if (v[i] < p) { int t = v[i]; v[i] = v[j]; v[j] = t; j++; }
    v[n - 1] = v[j];
    v[j] = p;
    quick_sort(v, j);
    quick_sort(v + j + 1, n - j - 1);
}

int main(void)
{
    int *a = malloc(NREC * sizeof *a), *b = malloc(NREC * sizeof *b), *tmp = malloc(NREC * sizeof *tmp);
    int *q = malloc(NREC * sizeof *q);
    if (!a || !b || !tmp || !q) return 1;
    unsigned x = 12345;
    for (int i = 0; i < NREC; i++) { x = x * 1103515245u + 12345u; a[i] = (int)(x >> 8); b[i] = a[i] ^ 0x5555; q[i] = a[i] ^ 0x3333; }
    sort_n(a, tmp, NREC);
    sort_range(b, tmp, 0, NREC);
    quick_sort(q, NREC);
    long long s = 0;
    for (int i = 0; i < NREC; i += 97) s += (long long)a[i] * (i % 7) + b[i] + q[i];
    for (int i = 1; i < NREC; i++) if (a[i - 1] > a[i] || b[i - 1] > b[i] || q[i - 1] > q[i]) { puts("unsorted"); return 1; }
    printf("%lld\n", s);
    free(a); free(b); free(tmp); free(q);
    return 0;
}
