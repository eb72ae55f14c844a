/* nested_functions.c — a GNU nested function (gcc only; clang, hence libclang,
 * rejects it).  delayc must refuse the file with a diagnostic and exit 1 —
 * never crash, never write an output.
 * HARD-EXPECT: refuse
 * HARD-CC: gcc
 * HARD-CFLAGS: -std=gnu11
 */
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned inc(unsigned x) { return x + 1u; }

int main(void)
{
    unsigned base = 10u;
    unsigned add_base(unsigned x) { return x + base; }
    unsigned a = inc(3u);
    printf("%u\n", add_base(a));
    return 0;
}
