/* line_numbers.c — a logging macro that prints __LINE__ (as assert and log
 * helpers do) placed after delayed calls written over several lines, after a
 * multi-line declaration with a delayed initializer, and inside a loop body that
 * spawns; the printed line numbers must be those of this file. */
#include <stdio.h>
#include "delayed.h"

#define LOG(msg, v) printf("%s:%d: %s = %ld\n", "line_numbers.c", __LINE__, msg, (long)(v))

DELAYED long mix(long a,
                 long b,
                 long c)
{
    return a * 10000 + b * 100 + c;
}

int main(void)
{
    long x = mix(1,
                 2,
                 3);
    LOG("x", x);
    long y;
    y = mix(
        x % 7,
        4,
        5
    );
    LOG("y", y);
    long z[3];
    for (int i = 0; i < 3; i++) {
        z[i] = mix(i,
                   i + 1,
                   i + 2);
    }
    LOG("z0", z[0]);
    LOG("z2", z[2]);
    return 0;
}
