/* backward_goto.c — an old-school retry loop built with a backward `goto`
 * around delayed calls (a function with a backward goto waits everywhere),
 * a `goto next` that skips work inside a for loop, and a result that decides
 * whether to jump back; counters printed at the end. */
#include <stdio.h>
#include "delayed.h"

DELAYED int attempt(int seed, int k) { return (seed * 31 + k * 17) % 10; }
DELAYED int cost(int v) { return v * v + 1; }

int main(void)
{
    int seed = 7, tries = 0, total = 0;
    int parts[8];
again:
    for (int k = 0; k < 8; k++)
        parts[k] = attempt(seed, k);
    tries++;
    int good = 0;
    for (int k = 0; k < 8; k++)
        good += parts[k] >= 3;
    if (good < 7 && tries < 10) {
        seed = seed * 3 + 1;
        goto again;
    }
    for (int k = 0; k < 8; k++) {
        if (parts[k] < 3)
            goto next;
        total += cost(parts[k]);
    next:;
    }
    int c = cost(total % 100);
    printf("tries=%d seed=%d good=%d total=%d c=%d\n", tries, seed, good, total, c);
    return 0;
}
