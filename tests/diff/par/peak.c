/* peak.c — parallelism check: 8 independent delayed calls, each spinning about 20 ms
 * of busy work (no sleeping), results stored into an array and summed. Run through
 * delayc with OMP_NUM_THREADS=2 and DELAYC_STATS=1, at least two of the tasks must
 * have run at the same time (check-peak.sh). The printed result is deterministic. */
#include <stdio.h>
#include <time.h>
#include "delayed.h"

static long elapsed_ns(const struct timespec *a, const struct timespec *b)
{
    return (b->tv_sec - a->tv_sec) * 1000000000L + (b->tv_nsec - a->tv_nsec);
}

/* a fixed amount of hashing (the result), then more hashing until 20 ms have passed;
 * `burn` only keeps the CPU busy and does not change the result */
DELAYED static unsigned long spin(unsigned long seed)
{
    struct timespec t0, t;
    timespec_get(&t0, TIME_UTC);
    unsigned long h = seed;
    for (int i = 0; i < 100000; i++)
        h = h * 6364136223846793005ul + 1442695040888963407ul;
    unsigned long burn = h;
    do {
        for (int i = 0; i < 10000; i++)
            burn = burn * 2862933555777941757ul + 3037000493ul;
        timespec_get(&t, TIME_UTC);
    } while (elapsed_ns(&t0, &t) < 20000000L);
    return h ^ (burn & 0ul);
}

int main(void)
{
    unsigned long r[8];
    for (int i = 0; i < 8; i++)
        r[i] = spin((unsigned long)i + 1);
    unsigned long sum = 0;
    for (int i = 0; i < 8; i++)
        sum += r[i] >> 8;
    printf("sum=%lu\n", sum);
    return 0;
}
