/* find_first_early.c — a helper spawns one task per element into the caller's
 * array, then scans the results and returns early at the first match (the other
 * tasks are still writing into the caller's array); the caller prints the whole
 * array afterwards, and calls the helper again on the same array. */
#include <stdio.h>
#include "delayed.h"

DELAYED int slowsq(int k)
{
    int s = 0;
    for (int i = 0; i < 20000 * (k % 5 + 1); i++)
        s = (s + i) % 3;
    return k * k + s * 0;
}

static int find_first(int *out, int n, int at_least)
{
    for (int i = 0; i < n; i++)
        out[i] = slowsq(i);
    for (int i = 0; i < n; i++)
        if (out[i] >= at_least)
            return i;
    return -1;
}

int main(void)
{
    int arr[24];
    int k = find_first(arr, 24, 30);
    printf("k=%d\n", k);
    for (int i = 0; i < 24; i++)
        printf("%d ", arr[i]);
    printf("\n");
    k = find_first(arr + 4, 20, 10000);
    printf("k=%d last=%d\n", k, arr[23]);
    return 0;
}
