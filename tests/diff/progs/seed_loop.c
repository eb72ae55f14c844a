/* seed_loop.c — covers: the dask.delayed docs example as written there:
 *     for x in data: a = inc(x); b = double(x); c = add(a, b); output.append(c)
 *     total = sum(output)
 * with loop-local a/b/c, the plain copy `output[i] = c;` (must stay lazy), and the
 * sum done by ordinary code after the loop. */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }
DELAYED int dbl(int x) { return x * 2; }
DELAYED int add(int x, int y) { return x + y; }

#define N 200

int main(void)
{
    int data[N];
    int output[N];
    for (int i = 0; i < N; i++)
        data[i] = i + 1;

    for (int i = 0; i < N; i++) {
        int a = inc(data[i]);
        int b = dbl(data[i]);
        int c = add(a, b);
        output[i] = c;
    }

    int total = 0;
    for (int i = 0; i < N; i++)
        total += output[i];

    printf("output[0]=%d output[%d]=%d\n", output[0], N - 1, output[N - 1]);
    printf("total=%d\n", total);
    return 0;
}
