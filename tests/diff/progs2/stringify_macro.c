/* stringify_macro.c — a debugging macro that prints the source text of its
 * argument with `#e` next to its value, used on delayed calls and on pending
 * results (`SHOW(f(3))`, `SHOW(g(a, b))`, `SHOW(a + b)`), and a CHECK macro that
 * stringifies a condition over results. */
#include <stdio.h>
#include "delayed.h"

#define SHOW(e) printf("%s = %d\n", #e, (e))
#define CHECK(c) printf("%s: %s\n", (c) ? "ok" : "FAILED", #c)

DELAYED int f(int k) { return k * 4 + 1; }
DELAYED int g(int a, int b) { return a * b - 1; }

int main(void)
{
    int a = f(1), b = f(2);
    SHOW(f(3));
    SHOW(g(a, b));
    SHOW(a + b);
    int c = g(f(4), f(5));
    CHECK(c > 100);
    CHECK(g(c, 2) == 2 * c - 1);
    return 0;
}
