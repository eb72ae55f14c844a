#include <stdlib.h>
#include <string.h>
#include "sort.h"

void batch_fill(Batch *b, size_t n, unsigned seed) {
    b->keys = malloc(n * sizeof *b->keys);
    b->n = n;
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        b->keys[i] = (int)(seed >> 8);
    }
}

static void merge(int *a, int *tmp, size_t mid, size_t n) {
    size_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof *a);
}

void merge_sort(int *a, int *tmp, size_t n) {
    if (n < 2) return;
    size_t mid = n / 2;
    merge_sort(a, tmp, mid);
    merge_sort(a + mid, tmp + mid, n - mid);
    merge(a, tmp, mid, n);
}
