/* chain_end.c — a word-frequency pipeline over two documents: tokenize, count,
 * rank.  Every intermediate result feeds the next call, but the final rank of
 * the second document is never used; a delayed_bind call whose value is
 * discarded is a wasted task as well.  The first document's chain is complete. */
#include <stdio.h>
#include "delayed.h"

#define TEXT 100000

DELAYED long count_tokens(DELAYED_IN_N(TEXT) const char *s)
{
    long n = 0;
    int in = 0;
    for (int i = 0; i < TEXT; i++) {
        if (s[i] >= 'a' && s[i] <= 'z') {
            if (!in)
                n++;
            in = 1;
        } else
            in = 0;
    }
    return n;
}

DELAYED long rank_of(long count)
{
    long r = 0;
    for (long c = count; c > 0; c /= 2)
        r++;
    return r;
}

DELAYED void fill_text(DELAYED_OUT_N(TEXT) char *s, int seed)
{
    for (int i = 0; i < TEXT; i++)
        s[i] = (char)((i * seed) % 7 == 0 ? ' ' : 'a' + (i * seed) % 26);
}

int main(void)
{
    static char d1[TEXT], d2[TEXT];
    delayed_token t1 = delayed_after(fill_text(d1, 3));
    delayed_token t2 = delayed_after(fill_text(d2, 5));
    long n1 = delayed_bind(count_tokens, t1)(d1);
    long n2 = delayed_bind(count_tokens, t2)(d2);
    long r1 = rank_of(n1);
    rank_of(n2); // expect: delayed-result-unused
    delayed_bind(count_tokens, t2)(d2); // expect: delayed-result-unused
    printf("doc1: %ld tokens, rank %ld\n", n1, r1);
    return 0;
}
