/* sync_cutoff.c — a loop of unknown trip count (depends on argc), an explicit
 * delayed_compute, an implied wait before printf, and a call of a function
 * with DELAYED_CUTOFF.  Line numbers are checked by the graph/ tests. */
#include <stdio.h>
#include "delayed.h"

DELAYED DELAYED_CUTOFF(n < 10) long fib(int n)
{
    if (n < 2)
        return n;
    long a = fib(n - 1);
    long b = fib(n - 2);
    return a + b;
}

DELAYED int sq(int x) { return x * x; }

int main(int argc, char **argv)
{
    (void)argv;
    int v[16];
    for (int i = 0; i < argc + 3; i++)
        v[i] = sq(i);
    delayed_compute(v);
    long f = fib(20);
    int w = v[2] + 1;                   /* reads no pending result: fib stays a task */
    printf("%d %ld %d\n", v[1], f, w);
    return 0;
}
