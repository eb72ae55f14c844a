/* discarded_results.c — checksums of three data blocks.  One DELAYED call and
 * one delayed(f)(...) call throw their value away (the tasks are wasted work);
 * a void delayed function called as a statement has no value to lose and writes
 * its DELAYED_OUT buffer, which main reads. */
#include <stdio.h>
#include "delayed.h"

#define BLOCK 65536

DELAYED unsigned block_crc(DELAYED_IN_N(BLOCK) const unsigned char *p)
{
    unsigned c = 0xffffffffu;
    for (int i = 0; i < BLOCK; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
    }
    return ~c;
}

static unsigned adler(const unsigned char *p, int n)
{
    unsigned a = 1, b = 0;
    for (int i = 0; i < n; i++) {
        a = (a + p[i]) % 65521u;
        b = (b + a) % 65521u;
    }
    return (b << 16) | a;
}

DELAYED void fill_pattern(DELAYED_OUT_N(BLOCK) unsigned char *p, int seed)
{
    for (int i = 0; i < BLOCK; i++)
        p[i] = (unsigned char)((i * seed) >> 3);
}

int main(void)
{
    static unsigned char a[BLOCK], b[BLOCK], c[BLOCK];
    fill_pattern(a, 3);
    fill_pattern(b, 5);
    fill_pattern(c, 7);

    unsigned ca = block_crc(a);
    block_crc(b); // expect: delayed-result-unused
    delayed(adler)(c, BLOCK); // expect: delayed-result-unused
    unsigned ad = delayed(adler)(a, BLOCK);

    printf("%08x %08x %u\n", ca, ad, (unsigned)c[BLOCK - 1]);
    return 0;
}
