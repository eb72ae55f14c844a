/* bind.c — dask.graph_manipulation.bind, in C: ordering side effects that are not
 * data dependencies.
 *
 *   DATA = []
 *   @delayed def inc(x): return x + 1
 *   @delayed def add_data(x): DATA.append(x)
 *   @delayed def sum_data(x): return sum(DATA) + x
 *
 *   a = inc(1); b = add_data(a)
 *   c = inc(3); d = add_data(c)
 *   e = inc(5)
 *   f = bind(sum_data, [b, d])(e)
 *   f.compute()                      # 12
 *
 * sum_data reads DATA, which add_data writes: delayc cannot see that dependency
 * (it is global state, which delayc flags), so the program states it with the
 * tokens b and d. Each add_data call writes its own slot, so the two writers may
 * run at the same time without racing. */
#include <stdio.h>
#include "delayed.h"

#define MAX_DATA 16
static int DATA[MAX_DATA]; /* slots not written stay 0 */

DELAYED int inc(int x) { return x + 1; }

DELAYED void add_data(int slot, int x) /* NOLINT(delayed-global-state) */
{
    DATA[slot] = x;
}

DELAYED int sum_data(int x) /* NOLINT(delayed-global-state) */
{
    int s = x;
    for (int i = 0; i < MAX_DATA; i++)
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
    printf("f = %d\n", f);
    return 0;
}
