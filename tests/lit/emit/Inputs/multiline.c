/* multiline.c — delayed calls whose statements span several lines (arguments
 * on the next lines, a comment inside the call, a loop header over three
 * lines), with marker comments on the lines after them. */
#include <stdio.h>
#include "delayed.h"

DELAYED int add(int x, int y) { return x + y; }
DELAYED int inc(int x) { return x + 1; }

int main(void)
{
    int a = add(1,
                2); /* MARK-AFTER-ADD */
    int b = inc(
        a   /* a comment
               over two lines */
    ); /* MARK-AFTER-INC */
    for (int i = 0;
         i < 3;
         i++) /* MARK-LOOP-HEADER */
        b = add(b,
                i); /* MARK-IN-LOOP */
    printf("%d %d\n", a,
           b); /* MARK-PRINTF */
    return 0; /* MARK-RETURN */
}
