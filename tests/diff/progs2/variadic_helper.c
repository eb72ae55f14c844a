/* variadic_helper.c — a variadic ordinary helper (`int sum_sq(int n, ...)`) that
 * spawns one delayed call per variadic argument and returns their sum, called
 * from main with different argument counts. */
#include <stdio.h>
#include <stdarg.h>
#include "delayed.h"

DELAYED int sq(int x) { return x * x; }

static int sum_sq(int n, ...)
{
    int r[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n && i < 16; i++)
        r[i] = sq(va_arg(ap, int));
    va_end(ap);
    int s = 0;
    for (int i = 0; i < n && i < 16; i++)
        s += r[i];
    return s;
}

int main(void)
{
    printf("%d\n", sum_sq(3, 1, 2, 3));
    printf("%d\n", sum_sq(5, 10, 20, 30, 40, 50));
    printf("%d\n", sum_sq(0));
    return 0;
}
