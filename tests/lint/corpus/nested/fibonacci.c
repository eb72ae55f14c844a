/* fibonacci.c — the classic recursive task example twice: fib without a cutoff
 * spawns a task for every call down to n = 1 (flagged at each recursive call,
 * with a cutoff suggestion); fib_cut declares DELAYED_CUTOFF(n < 20), so its
 * recursion is the intended divide and conquer. */
#include <stdio.h>
#include "delayed.h"

DELAYED long fib(int n)
{
    if (n < 2)
        return n;
    long a = fib(n - 1); // expect: delayed-nested
    long b = fib(n - 2); // expect: delayed-nested
    return a + b;
}

DELAYED DELAYED_CUTOFF(n < 20)
long fib_cut(int n)
{
    if (n < 2)
        return n;
    long a = fib_cut(n - 1);
    long b = fib_cut(n - 2);
    return a + b;
}

int main(void)
{
    long x = fib(25);
    long y = fib_cut(30);
    printf("fib(25)=%ld fib(30)=%ld\n", x, y);
    return 0;
}
