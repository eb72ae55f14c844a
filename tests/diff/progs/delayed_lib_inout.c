/* delayed_lib_inout.c — purposely hard: delayed(f)(...) on library functions that
 * write through non-const pointers with no annotation (qsort, memcpy, memset).
 * delayc cannot see their extents, so it must treat the buffers conservatively:
 * the copy must see the sorted array, and main's reads must see every write. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int main(void)
{
    int a[200], copy[200];
    for (int i = 0; i < 200; i++)
        a[i] = (i * 73) % 199 - 99;

    delayed(qsort)(a, 200, sizeof a[0], cmp_int);
    delayed(memcpy)(copy, a, sizeof a);
    delayed(memset)(a, 0, 100 * sizeof a[0]);

    char msg[32];
    delayed(memset)(msg, '-', sizeof msg - 1);
    msg[sizeof msg - 1] = '\0';

    long s1 = 0, s2 = 0;
    for (int i = 0; i < 200; i++) {
        s1 += (long)a[i] * (i + 1);
        s2 += (long)copy[i] * (i + 1);
    }
    printf("a[99]=%d a[100]=%d a[199]=%d s1=%ld\n", a[99], a[100], a[199], s1);
    printf("copy[0]=%d copy[199]=%d s2=%ld\n", copy[0], copy[199], s2);
    printf("%s\n", msg);
    return 0;
}
