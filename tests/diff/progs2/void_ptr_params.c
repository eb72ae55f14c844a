/* void_ptr_params.c — memcpy-style delayed functions with `void *` parameters
 * annotated DELAYED_OUT_N / DELAYED_IN_N (byte counts), called with `void *`
 * variables holding malloc'd buffers and with `&local` addresses; then a checksum
 * task and an ordinary read of the bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void copy_bytes(DELAYED_OUT_N(n) void *dst, DELAYED_IN_N(n) const void *src, size_t n) { memcpy(dst, src, n); }

DELAYED unsigned checksum(DELAYED_IN_N(n) const void *p, size_t n)
{
    const unsigned char *b = p;
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 16777619u;
    return h;
}

int main(void)
{
    void *src = malloc(256), *dst = malloc(256);
    if (!src || !dst)
        return 1;
    for (int i = 0; i < 256; i++)
        ((unsigned char *)src)[i] = (unsigned char)(i * 7);
    copy_bytes(dst, src, 128);
    copy_bytes((char *)dst + 128, src, 128);
    unsigned h1 = checksum(dst, 256);
    unsigned h2 = checksum(src, 256);
    double d = 3.25, e = 0;
    copy_bytes(&e, &d, sizeof d);
    unsigned h3 = checksum(&e, sizeof e);
    printf("h1=%u h2=%u h3=%u e=%.2f b200=%d\n", h1, h2, h3, e, ((unsigned char *)dst)[200]);
    free(src);
    free(dst);
    return 0;
}
