/* The last element written as *(p + k - 1), k one past the count for the
 * second call: a chain of arithmetic on p, checked where it lands. */
#include <stdio.h>
#include "delayed.h"

DELAYED static void put(DELAYED_OUT_N(n) double *p, int n, int k)
{
    for (int i = 0; i < n; i++) p[i] = i;
    *(p + k - 1) = 7;
}

int main(int argc, char **argv)
{
    (void)argv;
    double a[10], b[11];
    put(a, 10, 10);
    put(b, 10, 10 + argc);
    printf("%g %g\n", a[9], b[9]);
    return 0;
}
