/* two_maps_pointer_params.c — a second loop reads, as arguments, the elements the first loop's tasks write through a pointer parameter: each read waits for its element's task. */
#include <stdio.h>
#include "delayed.h"
DELAYED long slow(long x) { long r = x; for (int k = 0; k < 20000; k++) r = (r * 31 + k) % 1009; return r + 1; }
DELAYED long sq(long x) { return x * x % 1009; }
static long two_maps(long *v, long *w, int n)
{
    for (int i = 0; i < n; i++)
        v[i] = slow(i);
    for (int i = 0; i < n; i++)
        w[i] = sq(v[i]);
    long s = 0;
    for (int i = 0; i < n; i++) s += w[i];
    return s;
}
int main(void)
{
    static long v[256], w[256];
    printf("%ld\n", two_maps(v, w, 256));
    return 0;
}
