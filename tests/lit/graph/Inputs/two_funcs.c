/* two_funcs.c — two functions that make delayed calls (prepare and main). */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }
DELAYED int dbl(int x) { return x * 2; }

int prepare(int x)
{
    int a = inc(x);
    return a;
}

int main(void)
{
    int b = dbl(3);
    printf("%d %d\n", prepare(1), b);
    return 0;
}
