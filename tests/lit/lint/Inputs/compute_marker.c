/* A DELAYED function that waits for its own pointer's tasks before it reads
 * it (delayed_compute(a)), then indexes it within its count. */
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) int *a, long n, int v)
{
    for (long i = 0; i < n; i++) a[i] = v + (int)(i % 7);
}

DELAYED void prefix(DELAYED_INOUT_N(n) int *a, long n)
{
    delayed_compute(a);
    for (long i = 1; i < n; i++) a[i] += a[i - 1] & 1;
}

int main(void)
{
    static int a[4000];
    fill(a, 2000, 1);
    fill(a + 2000, 2000, 2);
    prefix(a, 4000);
    delayed_compute(a);
    return a[3999] & 1;
}
