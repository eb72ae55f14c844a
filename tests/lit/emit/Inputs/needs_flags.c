/* needs_flags.c — parses only with -DSIZE=... and -I of the directory that
 * holds size_helper.h (both given after `--`). */
#include <stdio.h>
#include "delayed.h"
#include "size_helper.h"

#ifndef SIZE
#error "compile with -DSIZE=N"
#endif

DELAYED int scale(int x) { return SIZE_FACTOR * x; }

int main(void)
{
    int a = scale(SIZE);
    printf("%d\n", a);
    return 0;
}
