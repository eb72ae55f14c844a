/* word_count.c — count words in three chunks of a text and its total length.
 * count_words is an ordinary function made a task with delayed(count_words)(...);
 * one chunk is counted with delayed(count_words(chunk)), which counts eagerly.
 * An argument that is itself an eager call (chunk_len(...)) is fine: only the
 * callee has to be wrapped. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

static int count_words(const char *s)
{
    int n = 0, in_word = 0;
    for (; *s; s++) {
        if (isspace((unsigned char)*s))
            in_word = 0;
        else if (!in_word) {
            in_word = 1;
            n++;
        }
    }
    return n;
}

static int chunk_len(const char *s) { return (int)strlen(s); }

int main(void)
{
    char c0[] = "the quick brown fox jumps over the lazy dog";
    char c1[] = "pack my box with five dozen liquor jugs";
    char c2[] = "how vexingly quick daft zebras jump";
    int w0 = delayed(count_words)(c0);
    int w1 = delayed(count_words)(c1);
    int w2 = delayed(count_words(c2)); // expect: delayed-call-before-delay
    int w3 = delayed (count_words (c2 + chunk_len(c1) % 4)); // expect: delayed-call-before-delay
    int len = delayed(chunk_len)(c0);
    int pad = delayed(abs)(chunk_len(c1) - 40);

    printf("words %d %d %d %d, first chunk %d bytes, pad %d\n", w0, w1, w2, w3, len, pad);
    return 0;
}
