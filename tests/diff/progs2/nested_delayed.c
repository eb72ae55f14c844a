/* nested_delayed.c — a delayed function that calls other delayed functions
 * (nested tasks, no cutoff): `pipeline(x)` spawns inc/dbl/add inside its own
 * task, main spawns several pipelines and a delayed `sum_pipes` that itself loops
 * over nested calls into a local array. */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }
DELAYED int dbl(int x) { return x * 2; }
DELAYED int add(int a, int b) { return a + b; }

DELAYED int pipeline(int x)
{
    int a = inc(x);
    int b = dbl(x);
    return add(a, b);
}

DELAYED long sum_pipes(int lo, int hi)
{
    int vals[32];
    int n = 0;
    for (int x = lo; x < hi && n < 32; x++)
        vals[n++] = pipeline(x);
    long s = 0;
    for (int i = 0; i < n; i++)
        s += vals[i];
    return s;
}

int main(void)
{
    int p[8];
    for (int i = 0; i < 8; i++)
        p[i] = pipeline(i * 10);
    long s1 = sum_pipes(0, 16);
    long s2 = sum_pipes(100, 132);
    int q = pipeline(pipeline(pipeline(1)));
    for (int i = 0; i < 8; i++)
        printf("%d ", p[i]);
    printf("\ns1=%ld s2=%ld q=%d\n", s1, s2, q);
    return 0;
}
