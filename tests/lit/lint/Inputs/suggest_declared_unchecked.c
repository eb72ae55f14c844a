/* A count the user declared on a function not yet DELAYED, whose body hands
 * the pointer on (strncat(out + o, "ks", 2)) where no check follows. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

#define NDOC 16
#define LEN 4000

static long expand(const char *in, size_t n, DELAYED_INOUT_N(2 * n + 1) char *out)
{
    size_t i, o = 0;
    long hits = 0;
    for (i = 0; i < n; i++) {
        if (in[i] == 'x') { strncat(out + o, "ks", 2); o += 2; hits++; }
        else out[o++] = in[i];
    }
    out[o] = '\0';
    return hits;
}

int main(void)
{
    static char in[NDOC][LEN + 1], out[NDOC][2 * LEN + 1];
    long hits[NDOC], total = 0;
    int d, i;
    for (d = 0; d < NDOC; d++) {
        for (i = 0; i < LEN; i++) in[d][i] = (char)('a' + (d * 7 + i * 13) % 26);
        in[d][LEN] = '\0';
    }
    for (d = 0; d < NDOC; d++)
        hits[d] = expand(in[d], LEN, out[d]);
    for (d = 0; d < NDOC; d++) total += hits[d] * (long)strlen(out[d]);
    printf("%ld\n", total);
    return 0;
}
