/* const_decl_results.c — delayed results in `const` declarations, in declarations
 * with several declarators (`int a = f(1), b = f(2);`), mixed with a plain
 * declarator and an array in the same declaration, and a `const` struct result. */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int k) { return k * 11; }
DELAYED int g(int a, int b) { return a * b + 1; }

struct pt { int x, y; };
DELAYED struct pt mk(int x, int y) { struct pt p = { x, y }; return p; }

int main(void)
{
    const int c1 = f(1);
    const int c2 = g(c1, 3);
    int a = f(2), b = f(3);
    int plain = 4, d = g(a, b), arr[2] = { 5, 6 };
    const struct pt p = mk(c1, c2);
    int e = g(p.x, p.y);
    printf("c1=%d c2=%d a=%d b=%d plain=%d d=%d arr=%d,%d\n", c1, c2, a, b, plain, d, arr[0], arr[1]);
    printf("p=(%d,%d) e=%d\n", p.x, p.y, e);
    return 0;
}
