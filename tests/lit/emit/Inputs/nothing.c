/* nothing.c — includes delayed.h and declares a DELAYED function, but makes no
 * delayed call: there is nothing to transform. */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }

static int twice(int x) { return 2 * x; }

int main(void)
{
    int v = twice(21);
    printf("%d\n", v);   /* trailing spaces and tabs stay too */	  
    return 0;
}
