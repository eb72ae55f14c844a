/* tokens.c — writing report sections in order with delayed_after tokens.  The
 * header token is overwritten by the body token before anything is bound to it:
 * the header task still runs, but nothing is ordered after it.  In the second
 * report every token is bound by delayed_bind. */
#include <stdio.h>
#include "delayed.h"

#define LINES 4096

DELAYED void render(DELAYED_OUT_N(LINES) int *out, int seed)
{
    for (int i = 0; i < LINES; i++)
        out[i] = (i * seed) % 97;
}

DELAYED long summarize(DELAYED_IN_N(LINES) const int *a, DELAYED_IN_N(LINES) const int *b)
{
    long s = 0;
    for (int i = 0; i < LINES; i++)
        s += a[i] * 3 + b[i];
    return s;
}

int main(void)
{
    static int head[LINES], body[LINES], h2[LINES], b2[LINES];

    delayed_token t = delayed_after(render(head, 3)); // expect: delayed-result-unused
    t = delayed_after(render(body, 5));
    long s1 = delayed_bind(summarize, t)(head, body);

    delayed_token th = delayed_after(render(h2, 7));
    delayed_token tb = delayed_after(render(b2, 11));
    long s2 = delayed_bind(summarize, th, tb)(h2, b2);

    printf("%ld %ld\n", s1, s2);
    return 0;
}
