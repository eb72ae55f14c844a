/* inc_double_add.c — the first dask.delayed example, in C.
 *
 *   @dask.delayed def inc(x): return x + 1
 *   @dask.delayed def double(x): return x * 2
 *   @dask.delayed def add(x, y): return x + y
 *
 *   output = []
 *   for x in data:
 *       a = inc(x); b = double(x); c = add(a, b)
 *       output.append(c)
 *   total = dask.delayed(sum)(output)
 *   total.compute()
 */
#include <stdio.h>
#include <stdlib.h>
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

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 8;
    if (n < 1 || n > 10000) {
        fprintf(stderr, "usage: %s [N in 1..10000]\n", argv[0]);
        return 2;
    }
    int data[10000], output[10000];
    for (int i = 0; i < n; i++)
        data[i] = i + 1;

    for (int i = 0; i < n; i++) {
        int a = inc(data[i]);
        int b = dbl(data[i]);
        int c = add(a, b);
        output[i] = c;
    }
    int total = sum(output, n);

    delayed_compute(total);
    printf("total = %d\n", total);
    return 0;
}
