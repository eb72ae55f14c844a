/* montecarlo_lcg.c — monte-carlo estimate of pi with a deterministic LCG per
 * task (seed from the task index), unsigned long results, a running total
 * written as `hits = hits + trial(...)` style (carried chain through a delayed
 * add), and an ordinary division at the end. */
#include <stdio.h>
#include "delayed.h"

#define TASKS 16
#define PER 5000

DELAYED unsigned long trial(unsigned seed, int n)
{
    unsigned long hits = 0;
    unsigned s = seed * 2654435761u + 1u;
    for (int i = 0; i < n; i++) {
        s = s * 1664525u + 1013904223u;
        double x = (s >> 8) / 16777216.0;
        s = s * 1664525u + 1013904223u;
        double y = (s >> 8) / 16777216.0;
        if (x * x + y * y <= 1.0)
            hits++;
    }
    return hits;
}

DELAYED unsigned long addu(unsigned long a, unsigned long b) { return a + b; }

int main(void)
{
    unsigned long hits = 0;
    for (unsigned t = 0; t < TASKS; t++)
        hits = addu(hits, trial(t, PER));

    unsigned long each[TASKS];
    for (unsigned t = 0; t < TASKS; t++)
        each[t] = trial(t + 100, PER / 2);

    double pi = 4.0 * (double)hits / (double)(TASKS * PER);
    printf("hits=%lu pi~%.5f\n", hits, pi);
    unsigned long s = 0;
    for (unsigned t = 0; t < TASKS; t++)
        s += each[t];
    printf("each[0]=%lu each[15]=%lu sum=%lu\n", each[0], each[TASKS - 1], s);
    return 0;
}
