/* mutual_recursion.c — two mutually recursive delayed functions with cutoffs
 * (a "ping/pong" tree: ping(n) = pong(n-1) + pong(n-2), pong(n) = 2*ping(n-1) -
 * ping(n-3)), plus a mutually recursive is_even/is_odd pair called on small
 * numbers from a loop. */
#include <stdio.h>
#include "delayed.h"

DELAYED DELAYED_CUTOFF(n < 14) long pong(int n);

DELAYED DELAYED_CUTOFF(n < 14)
long ping(int n)
{
    if (n < 3)
        return n + 1;
    long a = pong(n - 1);
    long b = pong(n - 2);
    return (a + b) % 1000003;
}

long pong(int n)
{
    if (n < 3)
        return 2 * n + 1;
    long a = ping(n - 1);
    long b = ping(n - 3);
    return (2 * a - b + 1000003) % 1000003;
}

DELAYED DELAYED_CUTOFF(n < 1000) int is_odd(int n);
DELAYED DELAYED_CUTOFF(n < 1000) int is_even(int n) { return n == 0 ? 1 : is_odd(n - 1); }
int is_odd(int n) { return n == 0 ? 0 : is_even(n - 1); }

int main(void)
{
    long r[4];
    for (int i = 0; i < 4; i++)
        r[i] = ping(18 + i);
    int parity[10];
    for (int i = 0; i < 10; i++)
        parity[i] = is_even(i * 7);
    for (int i = 0; i < 4; i++)
        printf("ping(%d)=%ld\n", 18 + i, r[i]);
    for (int i = 0; i < 10; i++)
        printf("%d", parity[i]);
    printf("\n");
    return 0;
}
