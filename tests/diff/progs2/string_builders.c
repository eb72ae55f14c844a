/* string_builders.c — delayed functions that write strings into caller buffers
 * (DELAYED_OUT_N on `char *`) — rows of a `char names[K][16]` table and slices of
 * one flat buffer — then delayed readers (IN_N) counting vowels and comparing two
 * rows, and ordinary printing. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

#define K 6
#define LEN 16

DELAYED void make_name(DELAYED_OUT_N(LEN) char *dst, int k)
{
    static const char *const syll[] = { "ka", "lo", "mi", "nu", "re", "ta" };
    int n = 0;
    for (int i = 0; i < 3; i++) {
        const char *s = syll[(k * 7 + i * 3) % 6];
        dst[n++] = s[0];
        dst[n++] = s[1];
    }
    dst[n] = '\0';
}

DELAYED int vowels(DELAYED_IN_N(LEN) const char *s)
{
    int v = 0;
    for (; *s; s++)
        v += strchr("aeiou", *s) != NULL;
    return v;
}

DELAYED int cmp(DELAYED_IN_N(LEN) const char *a, DELAYED_IN_N(LEN) const char *b) { int c = strcmp(a, b); return (c > 0) - (c < 0); }

int main(void)
{
    char names[K][LEN];
    char flat[K * LEN];
    for (int k = 0; k < K; k++)
        make_name(names[k], k);
    for (int k = 0; k < K; k++)
        make_name(flat + k * LEN, k + 3);
    int v[K], c[K - 1];
    for (int k = 0; k < K; k++)
        v[k] = vowels(names[k]);
    for (int k = 0; k + 1 < K; k++)
        c[k] = cmp(names[k], flat + (k + 1) * LEN);
    for (int k = 0; k < K; k++)
        printf("%s %s %d\n", names[k], flat + k * LEN, v[k]);
    for (int k = 0; k + 1 < K; k++)
        printf("%d ", c[k]);
    printf("\n");
    return 0;
}
