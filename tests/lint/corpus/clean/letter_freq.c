/* letter_freq.c — letter frequencies of a generated 4 MB text, one task per
 * 512 KiB chunk writing its own 26 counters (DELAYED_OUT_N), merged by ordinary
 * code after the loop.  No finding. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define CHUNK (512 * 1024)
#define NCHUNK 8

DELAYED void count_letters(DELAYED_IN_N(CHUNK) const char *text, DELAYED_OUT_N(26) long *counts)
{
    for (int c = 0; c < 26; c++)
        counts[c] = 0;
    for (int i = 0; i < CHUNK; i++)
        if (text[i] >= 'a' && text[i] <= 'z')
            counts[text[i] - 'a']++;
}

int main(void)
{
    char *text = malloc((size_t)CHUNK * NCHUNK);
    if (!text)
        return 1;
    unsigned s = 1;
    for (long i = 0; i < (long)CHUNK * NCHUNK; i++) {
        s = s * 1103515245u + 12345u;
        text[i] = (s >> 16) % 6 == 0 ? ' ' : (char)('a' + (s >> 16) % 26);
    }

    long counts[NCHUNK][26];
    for (int k = 0; k < NCHUNK; k++)
        count_letters(text + (long)k * CHUNK, counts[k]);

    long total[26] = { 0 };
    for (int k = 0; k < NCHUNK; k++)
        for (int c = 0; c < 26; c++)
            total[c] += counts[k][c];
    int best = 0;
    for (int c = 1; c < 26; c++)
        if (total[c] > total[best])
            best = c;
    printf("most frequent: %c (%ld)\n", 'a' + best, total[best]);
    free(text);
    return 0;
}
