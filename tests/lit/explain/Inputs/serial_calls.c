/* serial_calls.c — one call that stays serial (its result goes to a global)
 * next to one that becomes a task. */
#include <stdio.h>
#include "delayed.h"

static int last;

DELAYED int bump(int x) { return x + 2; }
DELAYED int inc(int x) { return x + 1; }

int main(void)
{
    int a = inc(1);
    last = bump(a);
    printf("%d %d\n", a, last);
    return 0;
}
