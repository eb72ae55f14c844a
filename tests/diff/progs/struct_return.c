/* struct_return.c — covers: delayed functions returning structs by value, struct
 * results stored into an array of structs in a loop, struct results passed by
 * value to a combining delayed function, and member access after the tasks. */
#include <stdio.h>
#include "delayed.h"

struct stats {
    int count;
    long sum;
    int min;
    int max;
};

/* statistics of one chunk of an input array */
DELAYED struct stats chunk_stats(DELAYED_IN_N(n) const int *v, int n)
{
    struct stats s = { 0, 0, v[0], v[0] };
    for (int i = 0; i < n; i++) {
        s.count++;
        s.sum += v[i];
        if (v[i] < s.min) s.min = v[i];
        if (v[i] > s.max) s.max = v[i];
    }
    return s;
}

DELAYED struct stats merge(struct stats a, struct stats b)
{
    struct stats r;
    r.count = a.count + b.count;
    r.sum = a.sum + b.sum;
    r.min = a.min < b.min ? a.min : b.min;
    r.max = a.max > b.max ? a.max : b.max;
    return r;
}

#define LEN 4096
#define CHUNK 256
#define NCHUNK (LEN / CHUNK)

int main(void)
{
    static int values[LEN];
    unsigned seed = 12345u;
    for (int i = 0; i < LEN; i++) {
        seed = seed * 1103515245u + 12345u;
        values[i] = (int)((seed >> 16) % 20001u) - 10000;
    }

    struct stats part[NCHUNK];
    for (int c = 0; c < NCHUNK; c++)
        part[c] = chunk_stats(values + c * CHUNK, CHUNK);

    /* combine in a fixed binary-tree order */
    for (int width = 1; width < NCHUNK; width *= 2)
        for (int c = 0; c + width < NCHUNK; c += 2 * width)
            part[c] = merge(part[c], part[c + width]);

    struct stats all = part[0];
    printf("count=%d sum=%ld min=%d max=%d\n", all.count, all.sum, all.min, all.max);
    printf("mean*1000=%ld\n", all.sum * 1000 / all.count);
    return 0;
}
