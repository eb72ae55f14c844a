/* lost_copy_dowhile.c — found by tests/gen (gen.py seed 178, size small, generator
 * version 1), reduced by hand.  A serial call (first() on an element of an owned
 * buffer stays serial: delayc cannot bound the pointer) followed by the plain copy
 * `b[i] = v;`, inside a do-while whose condition reads a pending result: delayc
 * drops the copy (it is "forwarded" into a producer that is not a task), so the
 * writes to b[] are lost.  Serial prints "13 202"; delayc's output "0 7", and
 * does not build with -Werror (unused variable 'v').
 * Fixed in delayc (was:  delayc drops the copy after a serial call in a do-while (wrong output)). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED unsigned inc(unsigned x) { return x + 1u; }
DELAYED unsigned first(const unsigned *p) { return *p * 3u + 1u; }

int main(void)
{
    unsigned *b = malloc(8 * sizeof *b);
    if (!b)
        return 1;
    for (int i = 0; i < 8; i++)
        b[i] = (unsigned)i;
    unsigned x = inc(5u);
    int k = 0;
    do {
        for (int i = 0; i < 8; i++) {
            unsigned v = first(&b[i]);
            b[i] = v;
        }
    } while (x % 5u != 0u && ++k < 3);
    printf("%u %u\n", b[0], b[7]);
    free(b);
    return 0;
}
