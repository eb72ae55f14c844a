// lint-args: --checks=delayed-*,-delayed-global-state,-delayed-nested
/* glob_disable.c — all delayed-* checks but global-state and nested: the
 * mutates-input and result-unused findings remain, the global access and the
 * nested call are not reported. */
#include <stdio.h>
#include "delayed.h"

#define WORK 1000000

static int level = 3;

DELAYED double smooth(double x)
{
    double y = x;
    for (int i = 0; i < WORK; i++)
        y = 0.999 * y + 0.001;
    return y;
}

DELAYED double scaled(double x) { return x * level; }

DELAYED double twice(double x)
{
    double a = smooth(x);
    double b = smooth(x * 2.0);
    return a + b;
}

DELAYED int clip(int *v, int n, int hi)
{
    int clipped = 0;
    for (int r = 0; r < 1000; r++)
        for (int i = 0; i < n; i++)
            if (v[i] > hi) {
                v[i] = hi; // expect: delayed-mutates-input
                clipped++;
            }
    return clipped;
}

int main(void)
{
    int v[64];
    for (int i = 0; i < 64; i++)
        v[i] = i * 3;
    double t = twice(1.0);
    int c = clip(v, 64, 100);
    smooth(5.0); // expect: delayed-result-unused
    double s = scaled(t);
    printf("%.4f %d %d %.4f\n", t, c, v[63], s);
    return 0;
}
