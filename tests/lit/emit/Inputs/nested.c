/* nested.c — nested delayed calls as arguments: add(inc(x), dbl(y)). */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }
DELAYED int dbl(int x) { return x * 2; }
DELAYED int add(int x, int y) { return x + y; }

int main(void)
{
    int x = 10, y = 20;
    int r = add(inc(x), dbl(y));
    printf("r = %d\n", r);
    return 0;
}
