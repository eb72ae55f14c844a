/* cutoff.c — recursion with DELAYED_CUTOFF(n < 10): small calls run inline. */
#include <stdio.h>
#include "delayed.h"

DELAYED DELAYED_CUTOFF(n < 10)
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
    long r = fib(24);
    printf("fib(24) = %ld\n", r);
    return 0;
}
