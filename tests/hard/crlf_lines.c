/* crlf_lines.c — a file with CRLF line endings: delayc must keep them and keep
 * every line number. */
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned inc(unsigned x) { return x + 1u; }
DELAYED unsigned mix(unsigned a, unsigned b) { return (a ^ (b << 3)) + 7u; }

int main(void)
{
    unsigned out[16];
    for (int i = 0; i < 16; i++) {
        unsigned a = inc((unsigned)i);
        unsigned b = mix(a,
                         inc(a));
        out[i] = b;
    }
    unsigned s = 0;
    for (int i = 0; i < 16; i++)
        s = s * 31u + out[i];
    printf("%u line %d\n", s, __LINE__);
    return 0;
}
