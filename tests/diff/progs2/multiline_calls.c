/* multiline_calls.c — delayed calls spread over several lines with comments
 * between the arguments, string-literal arguments containing commas and
 * parentheses, a char literal ')' argument, and a call whose result is declared
 * on the line before. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

DELAYED int count_char(const char *s, char c)
{
    int n = 0;
    for (; *s; s++)
        n += *s == c;
    return n;
}

DELAYED long combine(long a, /* first */ long b, long c,
                     long d)
{
    return ((a * 31 + b) * 31 + c) * 31 + d;
}

int main(void)
{
    int commas = count_char("a, b, (c, d), e)", ',');
    int parens = count_char("f(x(y), z)", ')');
    int quotes = count_char("say \"hi\", (twice)", '"');
    long r;
    r =
        combine(
            1, /* one, */
            2 /* two ) */,
            // three,
            3,
            4);
    long r2 = combine(r % 1000,
                      (long)commas,
                      (long)parens, (long)quotes);
    printf("commas=%d parens=%d quotes=%d r=%ld r2=%ld\n", commas, parens, quotes, r, r2);
    return 0;
}
