/* hash_table_query.c — an open-addressing hash table (keys, values and a used
 * mask in plain arrays inside one struct, no pointers) built by ordinary code,
 * then queried by DELAYED_PURE lookups taking `const struct table *` (read-only,
 * no annotation), results stored in an array and summed; the table is then
 * modified by ordinary code (an insert) and queried again, so the second round
 * must see the new entry and the first round must not. */
#include <stdint.h>
#include <stdio.h>
#include "delayed.h"

#define CAP 1024u

struct table {
    uint32_t keys[CAP];
    int32_t vals[CAP];
    unsigned char used[CAP];
    unsigned count;
};

static inline uint32_t hash32(uint32_t k)
{
    k ^= k >> 16;
    k *= 0x7feb352du;
    k ^= k >> 15;
    k *= 0x846ca68bu;
    k ^= k >> 16;
    return k;
}

static void insert(struct table *t, uint32_t k, int32_t v)
{
    uint32_t i = hash32(k) & (CAP - 1);
    while (t->used[i] && t->keys[i] != k)
        i = (i + 1) & (CAP - 1);
    if (!t->used[i])
        t->count++;
    t->used[i] = 1;
    t->keys[i] = k;
    t->vals[i] = v;
}

DELAYED_PURE int32_t lookup(const struct table *t, uint32_t k)
{
    uint32_t i = hash32(k) & (CAP - 1);
    while (t->used[i]) {
        if (t->keys[i] == k)
            return t->vals[i];
        i = (i + 1) & (CAP - 1);
    }
    return -1;
}

DELAYED int32_t lookup_sum(const struct table *t, uint32_t lo, uint32_t hi)
{
    int32_t s = 0;
    for (uint32_t k = lo; k < hi; k++) {
        uint32_t i = hash32(k) & (CAP - 1);
        while (t->used[i] && t->keys[i] != k)
            i = (i + 1) & (CAP - 1);
        if (t->used[i])
            s += t->vals[i];
    }
    return s;
}

int main(void)
{
    static struct table tab;
    for (uint32_t k = 0; k < 600; k++)
        insert(&tab, k * 3u + 1u, (int32_t)(k % 97));
    int32_t found[64];
    for (uint32_t q = 0; q < 64; q++)
        found[q] = lookup(&tab, q * 5u);
    int32_t s1 = lookup_sum(&tab, 0, 900);
    int32_t s2 = lookup_sum(&tab, 900, 1801);

    insert(&tab, 5u, 1000);   /* 5 was absent: only later queries see it */
    insert(&tab, 10u, 2000);  /* 10 = 3*3+1 was present: value replaced */
    int32_t again5 = lookup(&tab, 5u);
    int32_t again10 = lookup(&tab, 10u);
    int32_t s3 = lookup_sum(&tab, 0, 900);

    long hits = 0, sum = 0;
    for (int q = 0; q < 64; q++) {
        if (found[q] >= 0) {
            hits++;
            sum += found[q];
        }
    }
    printf("count=%u hits=%ld sum=%ld found[1]=%d found[2]=%d\n", tab.count, hits, sum, found[1], found[2]);
    printf("s1=%d s2=%d s3=%d again5=%d again10=%d\n", s1, s2, s3, again5, again10);
    return 0;
}
