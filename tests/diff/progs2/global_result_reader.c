/* global_result_reader.c — delayed results stored into file-scope variables and a
 * global array, then read by an ordinary function that takes no arguments (the
 * read is invisible at the call site), and by a static helper printing them. */
#include <stdio.h>
#include "delayed.h"

DELAYED long slow_sq(long x)
{
    long s = 0;
    for (long i = 0; i < 20000; i++)
        s = (s + x * x + i) % 1000003;
    return s;
}

long g_total;
long g_parts[4];

static void report(void)
{
    printf("total=%ld parts=%ld,%ld,%ld,%ld\n", g_total, g_parts[0], g_parts[1], g_parts[2], g_parts[3]);
}

static long sum_parts(void)
{
    long s = 0;
    for (int i = 0; i < 4; i++)
        s += g_parts[i];
    return s;
}

int main(void)
{
    g_total = slow_sq(12);
    for (int i = 0; i < 4; i++)
        g_parts[i] = slow_sq(i + 100);
    report();
    long s = sum_parts();
    printf("sum=%ld\n", s);
    g_total = slow_sq(99);
    report();
    return 0;
}
