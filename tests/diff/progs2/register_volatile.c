/* register_volatile.c — delayed results held in `register` and `volatile`
 * variables (old-fashioned C), a `static` local result, and an `auto` one. */
#include <stdio.h>
#include "delayed.h"

DELAYED int cube(int x) { return x * x * x; }
DELAYED int plus(int a, int b) { return a + b; }

int main(void)
{
    register int r = cube(3);
    volatile int v = cube(4);
    auto int a = cube(5);
    static int st;
    st = cube(6);
    int s = plus(a, st);
    int t = plus(r, 1);
    printf("r=%d v=%d a=%d st=%d s=%d t=%d\n", r, v, a, st, s, t);
    return 0;
}
