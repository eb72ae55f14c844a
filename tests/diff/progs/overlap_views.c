/* overlap_views.c — purposely hard: tasks whose DELAYED_OUT_N / DELAYED_IN_N regions
 * on one buffer overlap without being identical (v, v + 4, v + 6 with different
 * lengths), so OpenMP sibling dependencies cannot name them exactly; delayc must
 * still order them as written (later writes win, readers see earlier writes). */
#include <stdio.h>
#include "delayed.h"

DELAYED void set(DELAYED_OUT_N(n) int *dst, int n, int value)
{
    for (int i = 0; i < n; i++)
        dst[i] = value + i;
}

DELAYED long sum(DELAYED_IN_N(n) const int *v, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

DELAYED void shift_add(DELAYED_INOUT_N(n) int *v, int n, int k)
{
    for (int i = 0; i < n; i++)
        v[i] += k;
}

int main(void)
{
    int v[32];
    set(v, 32, 0);
    set(v + 4, 8, 100);
    long s1 = sum(v + 2, 10);
    set(v + 6, 20, 1000);
    shift_add(v + 1, 30, 5);
    long s2 = sum(v, 32);
    shift_add(v, 16, -1);
    shift_add(v + 8, 16, 2);
    long s3 = sum(v + 7, 3);
    for (int i = 0; i < 32; i++)
        printf("%d%c", v[i], i % 8 == 7 ? '\n' : ' ');
    printf("s1=%ld s2=%ld s3=%ld\n", s1, s2, s3);
    return 0;
}
