/* recursive quicksort on (base, n) */
#include <stdio.h>
#include <stdlib.h>

#define N 700000

static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }

static void quick_sort(int *v, int n)
{
    if (n < 2)
        return;
    if (n < 24) {
        for (int i = 1; i < n; i++)
            for (int j = i; j > 0 && v[j - 1] > v[j]; j--)
                swap(&v[j - 1], &v[j]);
        return;
    }
    int pivot = v[n / 2], i = 0, j = n - 1;
    for (;;) {
        while (v[i] < pivot) i++;
        while (v[j] > pivot) j--;
        if (i >= j)
            break;
        swap(&v[i], &v[j]);
        i++;
        j--;
    }
    quick_sort(v, j + 1);
    quick_sort(v + j + 1, n - j - 1);
}

int main(void)
{
    int *a = malloc(N * sizeof(int));
    if (!a)
        return 1;
    unsigned s = 31337u;
    for (int i = 0; i < N; i++) {
        s = s * 1103515245u + 12345u;
        a[i] = (int)((s >> 3) % 100000000u);
    }
    quick_sort(a, N);
    unsigned long h = 0;
    int ok = 1;
    for (int i = 0; i < N; i++) {
        if (i && a[i - 1] > a[i])
            ok = 0;
        h = h * 31 + (unsigned)a[i];
    }
    printf("qsort ok=%d hash %lu median %d\n", ok, h, a[N / 2]);
    free(a);
    return 0;
}
