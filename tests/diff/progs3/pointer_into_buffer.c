/* pointer_into_buffer.c — C string handling in place: an ordinary `find`
 * helper and a DELAYED `skip_ws` both return pointers into a local buffer;
 * ordinary code then writes through those pointers (`*p = '\0'`, `*q = 'X'`)
 * while DELAYED readers of the same buffer (DELAYED_IN_N) spawned earlier may
 * still be pending. The serial program counts before each edit. */
#include <stdio.h>
#include "delayed.h"

#define LEN 64

DELAYED int count_char(DELAYED_IN_N(LEN) const char *s, char c)
{
    int n = 0;
    for (int rep = 0; rep < 20000; rep++) {
        int m = 0;
        for (int i = 0; i < LEN && s[i]; i++)
            m += s[i] == c;
        n = m;
    }
    return n;
}

DELAYED char *skip_ws(DELAYED_IN_N(LEN) char *s)
{
    while (*s == ' ')
        s++;
    return s;
}

static char *find(char *s, char c)
{
    while (*s && *s != c)
        s++;
    return s;
}

int main(void)
{
    char line[LEN] = "   key=value; other=thing; last=one";
    int k_before = count_char(line, 'k');
    int eq_before = count_char(line, '=');
    char *start = skip_ws(line);
    *start = 'K';
    int k_after = count_char(line, 'K');
    char *semi = find(line, ';');
    int semis = count_char(line, ';');
    *semi = '\0';
    int eq_after = count_char(line, '=');
    printf("k_before=%d eq_before=%d k_after=%d semis=%d eq_after=%d line='%s'\n", k_before, eq_before, k_after, semis, eq_after, line);
    return 0;
}
