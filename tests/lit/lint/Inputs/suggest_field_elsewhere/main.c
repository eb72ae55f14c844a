#include <stdio.h>
#include "work.h"

#define NS 8

int main(void)
{
    Stream st[NS];
    double t = 0;
    int i;
    for (i = 0; i < NS; i++) {
        st[i].paths = 400000;
        st[i].seed = 17u * (unsigned)i + 1u;
    }
    for (i = 0; i < NS; i++)
        run_stream(&st[i]);
    for (i = 0; i < NS; i++) t += st[i].sum;
    printf("%.6f\n", t);
    return 0;
}
