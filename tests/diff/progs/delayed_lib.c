/* delayed_lib.c — covers: delayed(f)(x) call-site form on library functions
 * (abs, labs, strlen, atoi, strcmp) and on user functions that are not annotated
 * (also called plainly elsewhere), in a loop and with results combined afterwards. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

static int tri(int n) { return n * (n + 1) / 2; }

static long poly(long x) { return 3 * x * x - 7 * x + 2; }

int main(void)
{
    static const char *words[] = { "delayed", "task", "graph", "openmp", "c", "compute",
                                   "bind", "token", "scheduler", "" };
    enum { NW = sizeof words / sizeof words[0] };
    size_t len[NW];
    for (int i = 0; i < NW; i++)
        len[i] = delayed(strlen)(words[i]);

    int vals[] = { -5, 17, -300, 0, 42, -1 };
    int absv[6];
    for (int i = 0; i < 6; i++)
        absv[i] = delayed(abs)(vals[i]);

    long big = delayed(labs)(-1234567890L);
    int parsed = delayed(atoi)("  -4096xyz");
    int cmp = delayed(strcmp)("apple", "apricot");

    int t[10];
    for (int i = 0; i < 10; i++)
        t[i] = delayed(tri)(i * 3);
    long p = delayed(poly)(tri(5));

    size_t total = 0;
    for (int i = 0; i < NW; i++)
        total += len[i];
    printf("lengths:");
    for (int i = 0; i < NW; i++)
        printf(" %zu", len[i]);
    printf(" total=%zu\n", total);
    printf("abs: %d %d %d %d %d %d\n", absv[0], absv[1], absv[2], absv[3], absv[4], absv[5]);
    printf("labs=%ld atoi=%d strcmp<0=%d\n", big, parsed, cmp < 0);
    printf("tri: %d %d %d poly=%ld\n", t[0], t[5], t[9], p);
    return 0;
}
