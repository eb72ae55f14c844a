/* qsort_blocks.c — sorting with the C library: `delayed(qsort)` on blocks of a
 * local array with an ordinary (non-DELAYED) comparator, on a second local
 * array of structs, then an ordinary k-way merge of the sorted blocks;
 * `delayed(bsearch)` lookups on the merged result, each result (a pointer) turned
 * into an index by ordinary code. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define NBLK 8
#define BLK 250
#define TOTAL (NBLK * BLK)

static int cmp_int(const void *x, const void *y)
{
    int a = *(const int *)x, b = *(const int *)y;
    return (a > b) - (a < b);
}

struct rec {
    int key;
    int id;
};

static int cmp_rec(const void *x, const void *y)
{
    const struct rec *a = x, *b = y;
    if (a->key != b->key)
        return (a->key > b->key) - (a->key < b->key);
    return (a->id > b->id) - (a->id < b->id);
}

int main(void)
{
    int data[TOTAL], merged[TOTAL];
    struct rec recs[64];
    unsigned s = 2024u;
    for (int i = 0; i < TOTAL; i++) {
        s = s * 1664525u + 1013904223u;
        data[i] = (int)(s >> 8) % 100000;
    }
    for (int i = 0; i < 64; i++)
        recs[i] = (struct rec){ .key = (i * 37) % 11, .id = i };

    for (int b = 0; b < NBLK; b++)
        delayed(qsort)(data + b * BLK, BLK, sizeof data[0], cmp_int);
    delayed(qsort)(recs, 64, sizeof recs[0], cmp_rec);

    int pos[NBLK] = { 0 };
    for (int k = 0; k < TOTAL; k++) {
        int best = -1;
        for (int b = 0; b < NBLK; b++)
            if (pos[b] < BLK && (best < 0 || data[b * BLK + pos[b]] < data[best * BLK + pos[best]]))
                best = b;
        merged[k] = data[best * BLK + pos[best]];
        pos[best]++;
    }
    int sorted = 1;
    for (int k = 1; k < TOTAL; k++)
        if (merged[k - 1] > merged[k])
            sorted = 0;
    printf("sorted=%d min=%d median=%d max=%d\n", sorted, merged[0], merged[TOTAL / 2], merged[TOTAL - 1]);

    int keys[3] = { merged[10], merged[1000], -5 };
    for (int q = 0; q < 3; q++) {
        int *hit = delayed(bsearch)(&keys[q], merged, TOTAL, sizeof merged[0], cmp_int);
        printf("key %d %s\n", keys[q], hit ? "found" : "missing");
    }
    printf("recs: ");
    for (int i = 0; i < 64; i += 9)
        printf("(%d,%d) ", recs[i].key, recs[i].id);
    printf("\n");
    return 0;
}
