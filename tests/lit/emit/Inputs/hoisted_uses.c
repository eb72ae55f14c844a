/* hoisted_uses.c — delayed calls nested in ordinary code: an argument of
 * printf, an `if` condition, a `switch` value, arithmetic in an initializer.
 * Each is hoisted into a task whose result ordinary code then reads. */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }

int main(void)
{
    int s = 3;
    printf("inc(s) = %d\n", inc(s)); /* USE-ARG */
    if (inc(s) > 3) /* USE-IF */
        printf("greater\n");
    switch (inc(s)) { /* USE-SWITCH */
    case 4: printf("four\n"); break;
    default: printf("other\n"); break;
    }
    int z = inc(s) * 2; /* USE-ARITH */
    printf("z = %d\n", z);
    return 0;
}
