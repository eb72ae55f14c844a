/* digraph_body.c — a function body opened with the digraph `<%` (C99 6.4.6: the
 * same token as `{`).  delayc inserts its region prologue after the first byte of
 * the body, assuming a `{`: here it lands between `<` and `%`, and the output does
 * not compile ("expected declaration specifiers before '<' token").
 * HARD-XFAIL: region prologue inserted inside the digraph <% of a function body
 */
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned inc(unsigned x) { return x + 1u; }

int main(void)
<%
    unsigned a = inc(1u);
    unsigned b = inc(a);
    printf("%u %u\n", a, b);
    return 0;
%>
