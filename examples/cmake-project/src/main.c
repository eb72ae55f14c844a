/* main.c — statistics of a pseudo-random data set, one task per chunk. */
#include <stdio.h>
#include <stdlib.h>
#include "numeric.h"
#include "config.h"
#include "report.h"

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : DEFAULT_N;
    if (n < CHUNKS || n > MAX_N) {
        fprintf(stderr, "usage: %s [N in %d..%d]\n", argv[0], CHUNKS, MAX_N);
        return 2;
    }
    long long *data = malloc((size_t)n * sizeof *data);
    if (!data)
        return 1;
    fill(data, n, SEED);

    long long sums[CHUNKS], sqs[CHUNKS];
    int per = n / CHUNKS;
    for (int c = 0; c < CHUNKS; c++) {
        int len = c == CHUNKS - 1 ? n - c * per : per;
        sums[c] = chunk_sum(data + c * per, len);
        sqs[c] = chunk_sumsq(data + c * per, len);
    }
    long long total = 0, total_sq = 0;
    for (int c = 0; c < CHUNKS; c++) {
        total += sums[c];
        total_sq += sqs[c];
    }
    printf("n = %d, chunks = %d\n", n, CHUNKS);
    printf("sum = %lld, sum of squares = %lld\n", total, total_sq);
    print_thresholds(stdout, data, n);
    free(data);
    return 0;
}
