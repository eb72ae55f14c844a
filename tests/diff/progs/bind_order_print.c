/* bind_order_print.c — covers: delayed_bind used to order side effects that are
 * visible in the output: tasks that print lines, chained by tokens so that the
 * lines come out in a fixed order, interleaved with independent compute tasks;
 * delayed_after on a call whose argument is itself a delayed result. */
#include <stdio.h>
#include "delayed.h"

DELAYED int cube(int x) { return x * x * x; }

DELAYED void say(const char *what, int v)
{
    printf("%s %d\n", what, v);
}

int main(void)
{
    int c3 = cube(3);
    int c4 = cube(4);
    delayed_token t1 = delayed_after(say("first", 1));
    delayed_token t2 = delayed_after(delayed_bind(say, t1)("cube(3) =", c3));
    delayed_token t3 = delayed_after(delayed_bind(say, t2)("cube(4) =", c4));
    delayed_token t4 = delayed_after(delayed_bind(say, t3)("sum =", cube(5) + 0));

    delayed_token chain = t4;
    for (int i = 0; i < 6; i++)
        chain = delayed_after(delayed_bind(say, chain)("step", cube(i)));
    delayed_compute(chain);
    printf("done\n");
    return 0;
}
