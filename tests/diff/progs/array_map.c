/* array_map.c — covers: arrays filled in loops, out[i] = f(x[i]), then a second
 * map over the first map's outputs (element-wise dependencies), then a third map
 * of two arrays, all printed by ordinary code. */
#include <stdio.h>
#include "delayed.h"

DELAYED int collatz_len(int n)
{
    int steps = 0;
    while (n != 1) {
        n = (n % 2) ? 3 * n + 1 : n / 2;
        steps++;
    }
    return steps;
}

DELAYED int clamp100(int v) { return v > 100 ? 100 : v; }

DELAYED int weighted(int a, int b) { return 3 * a + b; }

int main(void)
{
    enum { LEN = 300 };
    int x[LEN], y[LEN], z[LEN], w[LEN];
    for (int i = 0; i < LEN; i++)
        x[i] = 1 + i * 7;

    for (int i = 0; i < LEN; i++)
        y[i] = collatz_len(x[i]);
    for (int i = 0; i < LEN; i++)
        z[i] = clamp100(y[i]);
    for (int i = 0; i < LEN; i++)
        w[i] = weighted(z[i], y[LEN - 1 - i]);

    long acc = 0;
    for (int i = 0; i < LEN; i++) {
        acc = acc * 31 + w[i];
        acc %= 1000000007L;
    }
    for (int i = 0; i < 10; i++)
        printf("%d:%d/%d/%d ", x[i], y[i], z[i], w[i]);
    printf("\nhash=%ld\n", acc);
    return 0;
}
