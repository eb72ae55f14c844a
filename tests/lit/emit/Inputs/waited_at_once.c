/* waited_at_once.c — tasks whose result the next statement reads at once
 * (lit input for inline-when-waited.test). */
#include <stdio.h>
#include "delayed.h"

DELAYED long fib(int n) {
    if (n < 2) return n;
    long a = fib(n - 1);
    long b = fib(n - 2);
    return a + b;
}

int main(void) {
    long r = fib(18);
    printf("%ld\n", r);
    long s = fib(16);
    long t = fib(17);
    printf("%ld %ld\n", s, t);
    long u = fib(15);
    delayed_compute(u);
    printf("%ld\n", u);
    return 0;
}
