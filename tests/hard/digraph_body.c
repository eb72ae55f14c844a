/* digraph_body.c — function and loop bodies opened with the digraph `<%` and
 * closed with `%>` (C99 6.4.6: the same tokens as `{` and `}`).  delayc inserts
 * its region prologue right after the opening token and its exit wait (and a
 * loop's end-of-body wait) right before the closing one, whatever their
 * spelling; it used to insert after the first byte, between `<` and `%`
 * ("expected declaration specifiers before '<' token").
 */
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned inc(unsigned x) { return x + 1u; }

static void count(unsigned n)
<%
    unsigned v = inc(n);
    unsigned k = 0;
    while (v < 20u) <%
        v = inc(v);
        k++;
    %>
    printf("count %u %u\n", v, k);
%>

int main(void)
<%
    unsigned a = inc(1u);
    unsigned b = inc(a);
    printf("%u %u\n", a, b);
    count(b);
    return 0;
%>
