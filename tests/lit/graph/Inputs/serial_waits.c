/* serial_waits.c — for `delayc graph`: two calls left serial (a pointer that
 * may point into a local array of an inner block, a call in a loop condition), two waits with no spawn between
 * them (lines 13 and 14: one node), and a wait after a spawn (its own node).
 * Line numbers matter to tests/lit/graph/serial-and-waits.test. */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }
DELAYED int total(const int *p, int n) { int s = 0; for (int i = 0; i < n; i++) s += p[i]; return s; }

int run(int *p, int n)
{
    int a = inc(1);
    int b = inc(2);
    printf("%d\n", a);
    printf("%d\n", b);
    int c = inc(a);
    int t; { int loc[2] = {0, 0}, *q = n > 2 ? p : loc; t = total(q, n); }
    int k = 0;
    while (inc(k) < 3)
        k++;
    return c + t + k;
}
