/* unused.c — a function with tasks and an unused variable on line 10 (column
 * 9), for tests of where compiler diagnostics point. */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }

int main(void)
{
    int unused_marker = 3;
    int a = inc(1);
    printf("%d\n", a);
    return 0;
}
