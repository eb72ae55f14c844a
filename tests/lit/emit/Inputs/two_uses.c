/* two_uses.c — one ordinary statement reading two delayed results at once. */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }

int main(void)
{
    int a = 1, b = 2;
    printf("%d\n", inc(a) + inc(b)); /* TWO-USES */
    return 0;
}
