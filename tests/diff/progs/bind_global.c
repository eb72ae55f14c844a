/* bind_global.c — covers: the dask.delayed bind() example. add_data() has a side
 * effect on global state that delayc cannot see as a data dependency (it purposely
 * breaks the no-global-state practice, as the Dask docs' example does); the order
 * is stated with delayed_after() tokens and delayed_bind(sum_data, b, d)(e).
 *   a = inc(1); b = add_data(a); c = inc(3); d = add_data(c); e = inc(5)
 *   f = bind(sum_data, [b, d])(e) */
#include <stdio.h>
#include "delayed.h"

static int DATA[8];

DELAYED int inc(int x) { return x + 1; }

/* each call writes its own slot, so independent add_data calls never race */
DELAYED void add_data(int slot, int x) { DATA[slot] = x; }

DELAYED int sum_data(int x)
{
    int s = x;
    for (int i = 0; i < 8; i++)
        s += DATA[i];
    return s;
}

int main(void)
{
    int a = inc(1);
    delayed_token b = delayed_after(add_data(0, a));
    int c = inc(3);
    delayed_token d = delayed_after(add_data(1, c));
    int e = inc(5);
    int f = delayed_bind(sum_data, b, d)(e);
    delayed_compute(f);
    printf("f=%d\n", f);

    /* a second round: five writers, one reader bound to all of them */
    delayed_token t[5];
    for (int i = 0; i < 5; i++)
        t[i] = delayed_after(add_data(2 + i, inc(10 * i)));
    int g = delayed_bind(sum_data, t[0], t[1], t[2], t[3], t[4])(0);
    printf("g=%d\n", g);
    return 0;
}
