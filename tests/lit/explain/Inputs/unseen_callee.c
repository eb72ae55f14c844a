/* unseen_callee.c — a DELAYED function defined in another file: delayc
 * cannot see what it touches, so its tasks are ordered with all shared state
 * (lit input: explain/remark-never-silent.test). */
#include <stdio.h>
#include "delayed.h"

DELAYED double simulate(int seed, int steps);

int main(void)
{
    double r[8];
    for (int i = 0; i < 8; i++) r[i] = simulate(i, 1000);
    double best = r[0];
    for (int i = 1; i < 8; i++) if (r[i] > best) best = r[i];
    printf("%g\n", best);
    return 0;
}
