/* inventory.c — stock bookkeeping tasks.  Decrements in both forms, a setter
 * macro, pointer arithmetic, an alias of an alias and memset through a void*
 * view are writes into the caller's records.  Changing a local copy of a record,
 * or re-pointing the parameter itself, writes nothing of the caller's; an
 * ordinary (non-delayed) helper may write through its pointers. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

struct item {
    char sku[8];
    int count;
    int reserved;
};

#define SET_COUNT(it, v) ((it)->count = (v))

static void restock(struct item *it, int n)
{
    it->count += n;
}

DELAYED int sell_one(struct item *it, int *sold)
{
    if (it->count == 0)
        return 0;
    --it->count; // expect: delayed-mutates-input
    (*sold)--; // expect: delayed-mutates-input
    return 1;
}

DELAYED int zero_out(struct item *items, int n)
{
    int zeroed = 0;
    for (int i = 0; i < n; i++)
        if (items[i].count < 0) {
            SET_COUNT(&items[i], 0); // expect: delayed-mutates-input
            zeroed++;
        }
    return zeroed;
}

DELAYED int shift_reserved(int *reserved, int n)
{
    int *q = reserved + 1;
    int *r = q;
    *r = 0; // expect: delayed-mutates-input
    *(reserved + n - 1) = 0; // expect: delayed-mutates-input
    void *raw = reserved;
    memset(raw, 0, sizeof(int)); // expect: delayed-mutates-input
    return n;
}

DELAYED int projected(const struct item *it, int days, const int *demand)
{
    struct item copy = *it;
    for (int d = 0; d < days; d++) {
        copy.count -= demand[d];
        copy.reserved--;
    }
    demand = NULL;
    return copy.count;
}

int main(void)
{
    struct item stock[4] = { { "A1", 5, 0 }, { "B2", -2, 1 }, { "C3", 0, 2 }, { "D4", 9, 0 } };
    int sold = 0, reserved[4] = { 1, 2, 3, 4 }, demand[3] = { 1, 2, 3 };
    restock(&stock[2], 4);
    int a = sell_one(&stock[0], &sold);
    int z = zero_out(stock, 4);
    int s = shift_reserved(reserved, 4);
    int p = projected(&stock[3], 3, demand);
    printf("%d %d %d %d %d %d %d\n", a, z, s, p, sold, stock[1].count, reserved[1]);
    return 0;
}
