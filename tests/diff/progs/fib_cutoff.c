/* fib_cutoff.c — covers: recursion with DELAYED_CUTOFF (calls with small n run inline),
 * a recursive delayed function whose two recursive results are added, and a
 * loop in main spawning several independent recursive roots. */
#include <stdio.h>
#include "delayed.h"

DELAYED DELAYED_CUTOFF(n < 18)
long fib(int n)
{
    if (n < 2)
        return n;
    long a = fib(n - 1);
    long b = fib(n - 2);
    return a + b;
}

int main(void)
{
    long r[6];
    for (int i = 0; i < 6; i++)
        r[i] = fib(17 + 2 * i);
    for (int i = 0; i < 6; i++)
        printf("fib(%d)=%ld\n", 17 + 2 * i, r[i]);
    return 0;
}
