/* sorting.c — recursive sorts.  quicksort has DELAYED_CUTOFF: its recursive
 * calls are fine.  mergesort_rec recurses without a cutoff (two findings).
 * sort_and_check has a cutoff too, but the cutoff only exempts recursion: the
 * call of another delayed function inside it is still nested. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

#define N 20000

DELAYED DELAYED_CUTOFF(n < 256)
void quicksort(DELAYED_INOUT_N(n) int *restrict a, int n)
{
    if (n < 2)
        return;
    int pivot = a[n / 2], i = 0, j = n - 1;
    while (i <= j) {
        while (a[i] < pivot)
            i++;
        while (a[j] > pivot)
            j--;
        if (i <= j) {
            int t = a[i];
            a[i++] = a[j];
            a[j--] = t;
        }
    }
    quicksort(a, j + 1);
    quicksort(a + i, n - i);
}

DELAYED void mergesort_rec(DELAYED_INOUT_N(n) int *restrict a, DELAYED_INOUT_N(n) int *restrict tmp, int n)
{
    if (n < 2)
        return;
    int h = n / 2;
    mergesort_rec(a, tmp, h); // expect: delayed-nested
    mergesort_rec(a + h, tmp + h, n - h); // expect: delayed-nested
    int i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < h)
        tmp[k++] = a[i++];
    while (j < n)
        tmp[k++] = a[j++];
    memcpy(a, tmp, (size_t)n * sizeof *a);
}

DELAYED int is_sorted(DELAYED_IN_N(n) const int *a, int n)
{
    for (int i = 1; i < n; i++)
        if (a[i - 1] > a[i])
            return 0;
    return 1;
}

DELAYED DELAYED_CUTOFF(n < 256)
int sort_and_check(DELAYED_INOUT_N(n) int *restrict a, int n)
{
    int pivot = a[0];
    for (int i = 1; i < n; i++)
        if (a[i] < pivot) {
            int t = a[i];
            a[i] = a[0];
            a[0] = t;
        }
    int ok1 = is_sorted(a, 1); // expect: delayed-nested
    int ok2 = is_sorted(a + 1, n - 1); // expect: delayed-nested
    return ok1 && ok2;
}

int main(void)
{
    static int x[N], y[N], tmp[N], z[N];
    for (int i = 0; i < N; i++) {
        x[i] = (i * 7919) % N;
        y[i] = N - i;
        z[i] = i;
    }
    quicksort(x, N);
    mergesort_rec(y, tmp, N);
    int ok = sort_and_check(z, N);
    printf("%d %d %d %d %d\n", x[0], x[N - 1], y[0], y[N - 1], ok);
    return 0;
}
