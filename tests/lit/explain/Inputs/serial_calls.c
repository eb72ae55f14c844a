/* serial_calls.c — one call that stays serial (a delayed function touching a
 * global) next to one that becomes a task. */
#include <stdio.h>
#include "delayed.h"

static int counter;

DELAYED int bump(int x) { counter += x; return counter; }
DELAYED int inc(int x) { return x + 1; }

int main(void)
{
    int a = inc(1);
    int b = bump(a);
    printf("%d %d\n", a, b);
    return 0;
}
