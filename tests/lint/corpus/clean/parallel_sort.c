/* parallel_sort.c — recursive quicksort as a DELAYED function with a cutoff:
 * below 1000 elements a call runs inline, so the recursion is the intended
 * divide and conquer (not a nested-task finding).  Two arrays are sorted side by
 * side, then checked.  No finding. */
#include <stdio.h>
#include "delayed.h"

#define N 200000

DELAYED DELAYED_CUTOFF(n < 1000)
void psort(DELAYED_INOUT_N(n) int *restrict a, int n)
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
    psort(a, j + 1);
    psort(a + i, n - i);
}

static int sorted(const int *a, int n)
{
    for (int i = 1; i < n; i++)
        if (a[i - 1] > a[i])
            return 0;
    return 1;
}

int main(void)
{
    static int x[N], y[N];
    unsigned s = 11;
    for (int i = 0; i < N; i++) {
        s = s * 1664525u + 1013904223u;
        x[i] = (int)(s >> 8);
        y[i] = N - i;
    }
    psort(x, N);
    psort(y, N);
    printf("sorted: %d %d\n", sorted(x, N), sorted(y, N));
    return 0;
}
