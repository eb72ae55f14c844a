/* quicksort_cutoff.c — recursive in-place quicksort as a delayed function with
 * DELAYED_CUTOFF and DELAYED_INOUT_N on the range; the two recursive halves are
 * void tasks on disjoint parts of the array; main sorts two arrays. */
#include <stdio.h>
#include "delayed.h"

#define N 3000

DELAYED DELAYED_CUTOFF(n < 64)
void qs(DELAYED_INOUT_N(n) int *a, int n)
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
            a[i] = a[j];
            a[j] = t;
            i++;
            j--;
        }
    }
    qs(a, j + 1);
    qs(a + i, n - i);
}

int main(void)
{
    static int x[N], y[N];
    unsigned s = 7;
    for (int i = 0; i < N; i++) {
        s = s * 1103515245u + 12345u;
        x[i] = (int)((s >> 16) % 10000);
        y[i] = N - i;
    }
    qs(x, N);
    qs(y, N);
    int ok = 1;
    for (int i = 1; i < N; i++)
        if (x[i - 1] > x[i] || y[i - 1] > y[i])
            ok = 0;
    printf("sorted=%d x[0]=%d x[mid]=%d x[last]=%d y[0]=%d y[last]=%d\n", ok, x[0], x[N / 2], x[N - 1], y[0], y[N - 1]);
    return 0;
}
