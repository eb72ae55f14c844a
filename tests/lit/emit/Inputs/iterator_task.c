/* iterator_task.c — tasks whose dependencies are ranges with constant counts (lit input). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED unsigned sumv(DELAYED_IN_N(n) const unsigned *v, int n)
{
    unsigned s = 17u;
    for (int i = 0; i < n; i++)
        s = s * 31u + v[i];
    return s;
}
int main(void)
{
    unsigned *B2 = malloc(24 * sizeof *B2);
    for (int i = 0; i < 24; i++)
        B2[i] = (unsigned)i ^ 647u;
    if (27u % 2u == 1u) {
        B2[14] = sumv(B2 + 16, 5);
    }
    unsigned v20 = sumv(B2 + 10, 7);
    unsigned v21 = sumv(B2 + 2, 3);     /* waited for at once: runs inline */
    delayed_compute(v20, v21);
    printf("%u %u %u\n", v20, B2[14], v21);
    free(B2);
    return 0;
}
