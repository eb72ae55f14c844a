/* good.c — a valid program with delayed calls: the errors/ tests break the
 * command line around it, never the source. */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }

int main(void)
{
    int a = inc(1);
    printf("%d\n", a);
    return 0;
}
