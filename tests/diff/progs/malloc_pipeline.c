/* malloc_pipeline.c — covers: DELAYED_OUT_N / DELAYED_INOUT_N / DELAYED_IN_N on
 * chunks of malloc'd buffers (generate -> scale in place -> checksum per chunk),
 * a pointer argument to an ordinary function (free) after tasks used it, and a
 * second buffer allocated after the first is freed. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void generate(DELAYED_OUT_N(n) unsigned *dst, int n, unsigned seed)
{
    for (int i = 0; i < n; i++) {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        dst[i] = seed % 1000u;
    }
}

DELAYED void scale(DELAYED_INOUT_N(n) unsigned *buf, int n, unsigned k)
{
    for (int i = 0; i < n; i++)
        buf[i] = buf[i] * k + 1u;
}

DELAYED unsigned long checksum(DELAYED_IN_N(n) const unsigned *buf, int n)
{
    unsigned long h = 1469598103u;
    for (int i = 0; i < n; i++)
        h = (h ^ buf[i]) * 16777619u % 4294967291u;
    return h;
}

static unsigned long run(int chunks, int chunk)
{
    unsigned *buf = malloc((size_t)chunks * (size_t)chunk * sizeof *buf);
    unsigned long *sums = malloc((size_t)chunks * sizeof *sums);
    if (!buf || !sums) {
        free(buf);
        free(sums);
        return 0;
    }
    for (int c = 0; c < chunks; c++) {
        unsigned *part = buf + (size_t)c * (size_t)chunk;
        generate(part, chunk, 2463534242u + (unsigned)c);
        scale(part, chunk, 3u + (unsigned)c % 4u);
        sums[c] = checksum(part, chunk);
    }
    unsigned long combined = 0;
    for (int c = 0; c < chunks; c++)
        combined = combined * 1000003u + sums[c];
    printf("chunks=%d chunk=%d first=%u last=%u combined=%lu\n", chunks, chunk,
           buf[0], buf[(size_t)chunks * (size_t)chunk - 1], combined);
    free(sums);
    free(buf);
    return combined;
}

int main(void)
{
    unsigned long a = run(16, 500);
    unsigned long b = run(5, 3001);
    printf("xor=%lu\n", a ^ b);
    return 0;
}
