/* Records kept in a linked list, each with a small tree of items: the loops
 * walk the list (p = p->next) and work on each record on its own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Item {
    struct Item *next;
    double value;
    int weight;
} Item;

typedef struct Record {
    struct Record *next;
    Item *items;
    char name[16];
} Record;

typedef struct Stats {
    double sum;
    long score;
} Stats;

static long grand_score;

static Record *make_records(int n)
{
    Record *head = NULL, **tail = &head;
    unsigned seed = 12345;
    for (int i = 0; i < n; i++) {
        Record *r = calloc(1, sizeof *r);
        if (!r) exit(1);
        snprintf(r->name, sizeof r->name, "rec%02d", i);
        Item **it = &r->items;
        for (int k = 0; k < 40 + i % 7; k++) {
            Item *x = calloc(1, sizeof *x);
            if (!x) exit(1);
            seed = seed * 1103515245u + 12345u;
            x->value = (seed >> 8) % 1000 / 10.0;
            x->weight = 1 + (int)(seed % 5);
            *it = x;
            it = &x->next;
        }
        *tail = r;
        tail = &r->next;
    }
    return head;
}

/* expensive, read-only over a record's items */
static double smooth(const Item *items)
{
    double acc = 0.0;
    for (int round = 0; round < 4000; round++)
        for (const Item *x = items; x; x = x->next)
            acc = acc * 0.999 + x->value * x->weight / (1.0 + round);
    return acc;
}

static long score(const Item *items)
{
    long s = 0;
    for (int round = 0; round < 3000; round++)
        for (const Item *x = items; x; x = x->next)
            s = (s * 31 + x->weight * (round + 1)) % 1000003;
    return s;
}

int main(void)
{
    Record *recs = make_records(24);
    Stats st[24];
    const Record *r;
    int i;

    for (r = recs, i = 0; r; r = r->next, i++) {
        st[i].sum = smooth(r->items);
        st[i].score = score(r->items);
        grand_score += st[i].score % 97;
    }
    for (r = recs, i = 0; r; r = r->next, i++)
        printf("%s %.6f %ld\n", r->name, st[i].sum, st[i].score);
    printf("grand %ld\n", grand_score);
    return 0;
}
