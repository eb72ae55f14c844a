/* msort.c -- top-down merge sort of keyed records */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N (500 * 1000)

static void merge(int *a, int *tmp, int lo, int mid, int hi)
{
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi)
        tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < mid)
        tmp[k++] = a[i++];
    while (j < hi)
        tmp[k++] = a[j++];
    memcpy(a + lo, tmp + lo, (size_t)(hi - lo) * sizeof(int));
}

static void insertion_sort(int *a, int lo, int hi)
{
    for (int i = lo + 1; i < hi; i++) {
        int v = a[i], j = i - 1;
        while (j >= lo && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

/* sorts a[lo, hi) using tmp[lo, hi) as scratch */
static void merge_sort(int *a, int *tmp, int lo, int hi)
{
    if (hi - lo <= 32) {
        insertion_sort(a, lo, hi);
        return;
    }
    int mid = lo + (hi - lo) / 2;
    merge_sort(a, tmp, lo, mid);
    merge_sort(a, tmp, mid, hi);
    merge(a, tmp, lo, mid, hi);
}

int main(void)
{
    int *a = malloc(N * sizeof(int));
    int *tmp = malloc(N * sizeof(int));
    if (!a || !tmp)
        return 1;
    unsigned s = 777u;
    for (int i = 0; i < N; i++) {
        s = s * 1103515245u + 12345u;
        a[i] = (int)((s >> 1) % 50000000u);
    }
    merge_sort(a, tmp, 0, N);

    int sorted = 1;
    unsigned long h = 0;
    for (int i = 0; i < N; i++) {
        if (i > 0 && a[i - 1] > a[i])
            sorted = 0;
        h = h * 31 + (unsigned)a[i];
    }
    printf("sorted=%d n=%d\n", sorted, N);
    printf("min %d median %d max %d\n", a[0], a[N / 2], a[N - 1]);
    printf("hash %lu\n", h);
    free(a);
    free(tmp);
    return 0;
}
