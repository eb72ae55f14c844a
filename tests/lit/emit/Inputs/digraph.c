/* digraph.c — function and loop bodies spelled <% %> (lit input). */
#include "delayed.h"

DELAYED unsigned inc(unsigned x) { return x + 1u; }

int main(void)
<%
    unsigned v = inc(1u);
    while (v < 9u) <%
        v = inc(v);
    %>
    return (int)v - 9;
%>
