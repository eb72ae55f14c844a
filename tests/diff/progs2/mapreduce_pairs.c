/* mapreduce_pairs.c — a tiny map-reduce: map tasks produce (key, count) structs
 * from chunks of an int array, a delayed "combine" reduces two partial tables in a
 * tree, typedef'd struct results passed by value between tasks. */
#include <stdio.h>
#include "delayed.h"

#define N 1024
#define KEYS 6
#define PARTS 8

typedef struct { long count[KEYS]; long sum; } table_t;

DELAYED table_t map_chunk(DELAYED_IN_N(n) const int *xs, int n)
{
    table_t t = { { 0 }, 0 };
    for (int i = 0; i < n; i++) {
        t.count[xs[i] % KEYS]++;
        t.sum += xs[i];
    }
    return t;
}

DELAYED table_t combine(table_t a, table_t b)
{
    table_t r;
    for (int k = 0; k < KEYS; k++)
        r.count[k] = a.count[k] + b.count[k];
    r.sum = a.sum + b.sum;
    return r;
}

int main(void)
{
    int xs[N];
    for (int i = 0; i < N; i++)
        xs[i] = (i * 37 + 11) % 101;

    table_t parts[PARTS];
    for (int p = 0; p < PARTS; p++)
        parts[p] = map_chunk(xs + p * (N / PARTS), N / PARTS);

    for (int step = 1; step < PARTS; step *= 2)
        for (int p = 0; p + step < PARTS; p += 2 * step)
            parts[p] = combine(parts[p], parts[p + step]);

    table_t all = parts[0];
    for (int k = 0; k < KEYS; k++)
        printf("key %d: %ld\n", k, all.count[k]);
    printf("sum %ld\n", all.sum);
    return 0;
}
