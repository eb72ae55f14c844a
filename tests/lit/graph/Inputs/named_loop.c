/* named_loop.c — DELAYED_NAME("load") on load_file, called in a loop of a
 * known trip count (5), and a summary call after the loop. */
#include <stdio.h>
#include "delayed.h"

DELAYED DELAYED_NAME("load") int load_file(int i) { return 10 * i; }
DELAYED int summarize(DELAYED_IN_N(n) const int *v, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

int main(void)
{
    int data[5];
    for (int i = 0; i < 5; i++)
        data[i] = load_file(i);
    int s = summarize(data, 5);
    printf("%d\n", s);
    return 0;
}
