/* serial_clone.c — cutoffs call serial clones (lit input: emit/serial-clone.test). */
#include <stdio.h>
#include "delayed.h"

DELAYED DELAYED_CUTOFF(n < 10)
long fib(int n)
{
    if (n < 2)
        return n;
    long a = fib(n - 1);
    long b = fib(n - 2);
    return a + b;
}

DELAYED DELAYED_CUTOFF(n < 10)
static long counted(int n)
{
    /* names itself: not cloned */
    if (n < 2)
        return n + (long)(sizeof __func__ - sizeof "counted");
    long a = counted(n - 1);
    return a + counted(n - 2);
}

int main(void)
{
    long r = fib(20);
    long c = counted(15);
    printf("%ld %ld %d\n", r, c, __LINE__);
    return 0;
}
