/* nested_args.c — covers: delayed calls as arguments of delayed calls
 * (add(inc(x), dbl(y)) and deeper), nesting inside a loop with a carried value,
 * and a delayed call nested in an argument to printf (an ordinary function). */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }
DELAYED int dbl(int x) { return 2 * x; }
DELAYED int add(int a, int b) { return a + b; }
DELAYED int mul(int a, int b) { return a * b; }
DELAYED int neg(int a) { return -a; }

int main(void)
{
    int x = 10, y = 20;
    int r1 = add(inc(x), dbl(y));
    int r2 = add(add(inc(1), inc(2)), mul(dbl(3), inc(4)));
    int r3 = mul(neg(add(r1, 1)), inc(inc(inc(r2))));

    int acc = 0;
    int hist[16];
    for (int i = 0; i < 16; i++) {
        acc = add(mul(acc, 3), add(inc(i), dbl(neg(i))));
        hist[i] = acc;
    }

    printf("r1=%d r2=%d r3=%d\n", r1, r2, r3);
    printf("direct=%d\n", add(dbl(7), inc(8)));
    for (int i = 0; i < 16; i++)
        printf("%d%c", hist[i], i == 15 ? '\n' : ',');
    return 0;
}
