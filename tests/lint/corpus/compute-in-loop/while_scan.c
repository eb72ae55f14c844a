/* while_scan.c — scanning parameter values with while and do-while loops.  The
 * while loop spawns a run and tests its result in the same iteration (a sync
 * point in the loop); the do-while loop only spawns, and the results are
 * compared after it. */
#include <stdio.h>
#include "delayed.h"

#define ITERS 2000000

DELAYED double logistic_tail(double r)
{
    double x = 0.5;
    for (int i = 0; i < ITERS; i++)
        x = r * x * (1.0 - x);
    return x;
}

int main(void)
{
    int k = 0, chaotic = 0;
    while (k < 10) {
        double x = logistic_tail(3.5 + 0.05 * k);
        if (x < 0.3) // expect: delayed-compute-in-loop
            chaotic++;
        k++;
    }

    double tails[10];
    int j = 0;
    do {
        tails[j] = logistic_tail(2.5 + 0.1 * j);
        j++;
    } while (j < 10);
    int low = 0;
    for (int i = 0; i < 10; i++)
        if (tails[i] < 0.65)
            low++;

    printf("%d chaotic, %d low\n", chaotic, low);
    return 0;
}
