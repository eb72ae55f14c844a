/* columns.c — compiler warnings on lines that also hold delayed calls
 * (lit input: emit/compiler-columns.test).  Each warning must be reported
 * at the same line and column for delayc's output as for this file. */
#include <stdio.h>
#include "delayed.h"

DELAYED static int sq(int x) { return x * x; }
DELAYED static int add(int x, int y) { return x + y; }

static int check(unsigned limit, int k)
{
    int a = sq(k); if (a < limit) printf("small\n"); int b = sq(k + 1);
    int c = add(a, b); int unused_here;
    if (c = 0) return -1; int d = sq(c);
	int e = sq(d);	if (e < limit) return 1;
    return a + b + c + d + e;
}

int main(void)
{
    printf("%d\n", check(5u, 2));
    return 0;
}
