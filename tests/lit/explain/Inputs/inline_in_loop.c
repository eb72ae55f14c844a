/* inline_in_loop.c — each iteration uses its call's result at once (lit
 * input: explain/remark-never-silent.test). */
#include <stdio.h>
#include "delayed.h"

DELAYED static double work(int i) { double s = 0; for (int k = 0; k < 1000; k++) s += (i + k) % 7; return s; }

int main(void)
{
    double out[16];
    for (int i = 0; i < 16; i++) {
        double v = work(i);
        out[i] = v * 2;
    }
    printf("%g\n", out[15]);
    return 0;
}
