/* static_local_state.c — delayed functions with `static` local state (a
 * sequence-number generator and a memo table), called in loops: purposely
 * breaks the global-state best practice; results depend on call order. */
#include <stdio.h>
#include "delayed.h"

DELAYED int next_id(int weight)
{
    static int id;
    int s = 0;
    for (int i = 0; i < 2000 * weight; i++)
        s = (s + i) % 3;
    id += 1 + s * 0;
    return id * 10 + weight;
}

DELAYED long memo_fib(int n)
{
    static long memo[64];
    if (n < 2)
        return n;
    if (memo[n])
        return memo[n];
    long a = 1, b = 1;
    for (int i = 2; i < n; i++) {
        long c = a + b;
        a = b;
        b = c;
    }
    memo[n] = b;
    return b;
}

int main(void)
{
    int ids[10];
    for (int i = 0; i < 10; i++)
        ids[i] = next_id(10 - i);
    long f[12];
    for (int i = 0; i < 12; i++)
        f[i] = memo_fib(30 + i % 4);
    for (int i = 0; i < 10; i++)
        printf("%d ", ids[i]);
    printf("\n");
    for (int i = 0; i < 12; i++)
        printf("%ld ", f[i]);
    printf("\n");
    return 0;
}
