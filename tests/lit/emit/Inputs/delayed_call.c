/* delayed_call.c — delayed(f)(x) on a function that is not annotated and on a
 * library function (abs). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static int triple(int n) { return 3 * n; }

int main(void)
{
    int t = delayed(triple)(14);
    int m = delayed(abs)(-27);
    int n = delayed(triple)(m);      /* waited for at once by the printf: runs inline */
    printf("triple = %d, abs = %d, %d\n", t, m, n);
    return 0;
}
