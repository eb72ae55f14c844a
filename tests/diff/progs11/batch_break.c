/* batch_break.c — a loop of small tasks left by break: the batch spawned after the loop holds the calls before the break. */
#include <stdio.h>
#include "delayed.h"

DELAYED long sq(long x) { return x * x % 1000003; }

int main(void)
{
    static long out[200000];
    long n = 200000, stop = 0;
    for (long i = 0; i < n; i++) {
        if (i * 7 % 150001 == 3) { stop = i; break; }
        out[i] = sq(i + 1);
    }
    long s = 0;
    for (long i = 0; i < stop; i++) s += out[i];
    printf("stop %ld sum %ld\n", stop, s);
    return 0;
}
