/* A malloc'd int buffer given to `void *` parameters counted in bytes
 * (blind 62b: "extent or aliasing delayc cannot prove", serial): the count
 * becomes the ints it spans from the start a + k names (rounded up), so
 * zap(a + 8, ..) and zap(a + 40, ..) run together and sumb(a, ..) waits for
 * both; a cast of the buffer, (char *)a + 3, stays serial. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED static void zap(DELAYED_OUT_N(nbytes) void *p, size_t nbytes, int c) { memset(p, c, nbytes); }
DELAYED static unsigned sumb(DELAYED_IN_N(nbytes) const void *p, size_t nbytes) {
    const unsigned char *b = p;
    unsigned s = 0;
    for (size_t i = 0; i < nbytes; i++) s = s * 31 + b[i];
    return s;
}

int main(void) {
    int *a = malloc(64 * sizeof(int));
    if (!a) return 1;
    for (int i = 0; i < 64; i++) a[i] = i;
    zap(a + 8, 8 * sizeof(int), 1);
    zap((char *)a + 3, 5, 0xff);
    zap(a + 40, 6, 7);                 /* a part of an int: a[41] is written in part */
    unsigned s1 = sumb(a, 64 * sizeof(int));
    zap(a, 16 * sizeof(int), 0);
    unsigned s2 = sumb(a + 8, 16 * sizeof(int));
    zap(a + 41, 3 * sizeof(int), 9);
    unsigned s3 = sumb(a + 40, 2 * sizeof(int));
    printf("%u %u %u %d %d\n", s1, s2, s3, a[40], a[41]);
    free(a);
    return 0;
}
