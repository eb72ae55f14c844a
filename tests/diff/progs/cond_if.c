/* cond_if.c — covers: delayed results used in `if` conditions, in `else if`
 * chains, in a ternary, and on both sides of `&&` / `||` (the right-hand call
 * must only happen when short-circuit evaluation reaches it). */
#include <stdio.h>
#include "delayed.h"

DELAYED int is_prime(int n)
{
    if (n < 2) return 0;
    for (int d = 2; d * d <= n; d++)
        if (n % d == 0) return 0;
    return 1;
}

DELAYED int digit_sum(int n)
{
    int s = 0;
    for (; n > 0; n /= 10)
        s += n % 10;
    return s;
}

/* counts how often it is called: only ever called from main, never from a task */
static int calls_right;

static int right_side(int n)
{
    calls_right++;
    return n % 3 == 0;
}

int main(void)
{
    int primes = 0, both = 0, either = 0;
    int cls[4] = { 0, 0, 0, 0 };
    for (int n = 1; n <= 400; n++) {
        int p = is_prime(n);
        if (p)
            primes++;
        int ds = digit_sum(n);
        if (ds < 5)
            cls[0]++;
        else if (ds < 10)
            cls[1]++;
        else if (ds < 15)
            cls[2]++;
        else
            cls[3]++;
        if (is_prime(ds) && right_side(n))
            both++;
        if (p || is_prime(n + 2))
            either++;
    }
    int big = digit_sum(987654321);
    const char *label = is_prime(big) ? "prime" : "composite";

    printf("primes=%d both=%d either=%d right_calls=%d\n", primes, both, either, calls_right);
    printf("classes=%d %d %d %d\n", cls[0], cls[1], cls[2], cls[3]);
    printf("digit_sum(987654321)=%d is %s\n", big, label);
    return 0;
}
