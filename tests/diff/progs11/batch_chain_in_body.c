/* batch_chain_in_body.c — results kept in locals of the loop body feed the next call of the same iteration (a, then b from a, then the element from both); an inner loop chains an accumulator. */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }
DELAYED int dbl(int x) { return 2 * x; }
DELAYED int add(int x, int y) { return x + y; }

int main(void)
{
    enum { N = 50000, M = 6 };
    static int out[N], rows[N];
    for (int i = 0; i < N; i++) {
        int a = inc(i);
        int b = dbl(a);
        out[i] = add(a, b);
    }
    for (int i = 0; i < N; i++) {
        int acc = 0;
        for (int j = 0; j < M; j++) acc = add(acc, i * j % 13);
        rows[i] = acc;
    }
    long s = 0, r = 0;
    for (int i = 0; i < N; i++) { s += out[i]; r += rows[i]; }
    printf("%ld %ld\n", s, r);
    return 0;
}
