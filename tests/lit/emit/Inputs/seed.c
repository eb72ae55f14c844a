/* seed.c — the seed example: inc, dbl and add over a list, then a sum.
 * Shared input of the emit/ and graph/ tests. */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }
DELAYED int dbl(int x) { return x * 2; }
DELAYED int add(int x, int y) { return x + y; }

DELAYED int sum(DELAYED_IN_N(n) const int *v, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

static int square(int v) { return v * v; } /* MARK-PLAIN-FUNCTION */

int main(void)
{
    int data[100], output[100];
    for (int i = 0; i < 100; i++)
        data[i] = square(i) % 37;

    for (int i = 0; i < 100; i++) {
        int x = data[i];
        int a = inc(x);
        int b = dbl(x);
        int c = add(a, b);
        output[i] = c;
    } /* MARK-LOOP-END */
    int total = sum(output, 100);
    printf("total = %d\n", total); /* MARK-FINAL-READ */
    return 0;
}
