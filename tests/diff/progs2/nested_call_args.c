/* nested_call_args.c — a delayed call used as the argument of another call
 * that delayc keeps inline (a delayed function that itself calls delayed
 * functions, and a call whose other argument reads a static variable):
 * `int q = outer(inc(1));`, `int r = g(f(x), calls);` — the inner result must be
 * ready before the outer call runs. */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x)
{
    int s = 0;
    for (int j = 0; j < 200000; j++)
        s = (s + j) % 7;
    return x + 1 + s * 0;
}
DELAYED int outer(int x) { return inc(x) * 2; }
DELAYED int g(int a, int b) { return a * 10 + b; }

static int calls;

int main(void)
{
    int q = outer(inc(1));
    int q2 = outer(outer(inc(2)));
    calls = 3;
    int r = g(inc(4), calls);
    int s[4];
    for (int i = 0; i < 4; i++) {
        calls++;
        s[i] = g(inc(i), calls);
    }
    printf("q=%d q2=%d r=%d s=%d %d %d %d\n", q, q2, r, s[0], s[1], s[2], s[3]);
    return 0;
}
