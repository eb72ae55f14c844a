#include <stdio.h>
#include "util.h"
int main(void)
{
    int r[4];
    for (int i = 0; i < 4; i++)
        r[i] = scaled(i);
    int t = delayed(scaled(9));
    delayed_compute(r, t);
    printf("%d %d\n", r[3], t);
    return 0;
}
