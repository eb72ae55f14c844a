/* batch_print_between.c — ordinary code in the loop prints every 10,000th index while the calls are batched; the results are printed after. */
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned hash(unsigned x) { x ^= x >> 16; x *= 0x45d9f3bu; x ^= x >> 16; return x; }

int main(void)
{
    enum { N = 50000 };
    static unsigned h[N];
    for (unsigned i = 0; i < N; i++) {
        if (i % 10000 == 0) printf("at %u\n", i);
        h[i] = hash(i);
    }
    unsigned long s = 0;
    for (int i = 0; i < N; i++) s += h[i];
    printf("%lu\n", s);
    return 0;
}
