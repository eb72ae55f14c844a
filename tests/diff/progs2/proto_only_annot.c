/* proto_only_annot.c — the usual C layout: prototypes carrying DELAYED (and
 * IN_N / OUT_N on the prototype's parameters) at the top, main in the middle, the
 * definitions at the bottom without annotations; a `static DELAYED` and a
 * `DELAYED static inline` function. */
#include <stdio.h>
#include "delayed.h"

DELAYED int weigh(int x);
DELAYED void fill(DELAYED_OUT_N(n) int *dst, int n, int seed);
DELAYED long total(DELAYED_IN_N(n) const int *src, int n);
static DELAYED int halve(int x);
DELAYED static inline int dbl(int x);

int main(void)
{
    int buf[64];
    fill(buf, 32, 3);
    fill(buf + 32, 32, 5);
    long t1 = total(buf, 32);
    long t2 = total(buf + 32, 32);
    int w[6];
    for (int i = 0; i < 6; i++)
        w[i] = weigh(i);
    int h = halve(w[5]);
    int d = dbl(h);
    printf("t1=%ld t2=%ld w=%d,%d,%d h=%d d=%d\n", t1, t2, w[0], w[3], w[5], h, d);
    return 0;
}

int weigh(int x) { return x * 17 % 13; }
void fill(int *dst, int n, int seed)
{
    for (int i = 0; i < n; i++)
        dst[i] = (seed * 31 + i * 7) % 50;
}
long total(const int *src, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += src[i];
    return s;
}
static int halve(int x) { return x / 2; }
static inline int dbl(int x) { return x * 2; }
