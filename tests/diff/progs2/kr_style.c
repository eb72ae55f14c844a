/* kr_style.c — old-school style: `int main()` with empty parentheses, all
 * declarations at the top of blocks, results declared first and assigned later,
 * a helper with an empty parameter list, `unsigned` without `int`. */
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned mix(unsigned a, unsigned b)
{
    unsigned i, h;
    h = a;
    for (i = 0; i < 1000; i++)
        h = h * 33u ^ b;
    return h;
}

static unsigned seed()
{
    return 2166136261u;
}

int main()
{
    unsigned a, b, c, d;
    unsigned arr[8];
    int i;

    a = mix(seed(), 1);
    b = mix(seed(), 2);
    c = mix(a, b);
    for (i = 0; i < 8; i++)
        arr[i] = mix(c, (unsigned)i);
    d = 0;
    for (i = 0; i < 8; i++)
        d ^= arr[i];
    printf("%u %u %u %u\n", a, b, c, d);
    return 0;
}
