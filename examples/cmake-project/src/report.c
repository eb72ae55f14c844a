/* report.c — the threshold counts, one task per threshold. */
#include "report.h"
#include "numeric.h"

void print_thresholds(FILE *out, const long long *restrict data, int n)
{
    long long counts[4];
    for (int k = 0; k < 4; k++)
        counts[k] = count_above(data, n, 200 * (k + 1));
    for (int k = 0; k < 4; k++)
        fprintf(out, "above %d: %lld\n", 200 * (k + 1), counts[k]);
}
