/* batch_rounds.c — four rounds of eight block reductions.  In the first version
 * each round spawns its eight tasks and then sums them inside the round: the
 * read sits in an inner loop, but the outer loop spawns tasks, so every round
 * waits for the previous one.  The second version spawns all 32 tasks first and
 * sums after the spawning loops. */
#include <stdio.h>
#include "delayed.h"

#define ROUNDS 4
#define PARTS 8
#define BLOCK 262144

DELAYED double block_energy(DELAYED_IN_N(BLOCK) const double *x)
{
    double e = 0.0;
    for (int i = 0; i < BLOCK; i++)
        e += x[i] * x[i];
    return e;
}

int main(void)
{
    static double field[PARTS * BLOCK];
    for (int i = 0; i < PARTS * BLOCK; i++)
        field[i] = (double)(i % 1000) / 1000.0;

    double sum1 = 0.0;
    for (int r = 0; r < ROUNDS; r++) {
        double part[PARTS];
        for (int p = 0; p < PARTS; p++)
            part[p] = block_energy(field + p * BLOCK);
        for (int p = 0; p < PARTS; p++)
            sum1 += part[p] * (r + 1); // expect: delayed-compute-in-loop
    }

    double all[ROUNDS][PARTS];
    for (int r = 0; r < ROUNDS; r++)
        for (int p = 0; p < PARTS; p++)
            all[r][p] = block_energy(field + p * BLOCK);
    double sum2 = 0.0;
    for (int r = 0; r < ROUNDS; r++)
        for (int p = 0; p < PARTS; p++)
            sum2 += all[r][p] * (r + 1);

    printf("%.3f %.3f\n", sum1, sum2);
    return 0;
}
