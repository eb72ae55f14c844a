/* long_order_system.c — a long, realistic systems program (an order-processing
 * batch job) that mixes everything: an enum-indexed price table, bit-field
 * flags, a hash index over SKUs built by ordinary code and queried by
 * DELAYED_PURE tasks, orders parsed from text lines (`delayed(strtol)` with
 * NULL end pointers, `delayed(strlen)`), validation tasks with an early
 * `return -1`, per-warehouse pipelines over arrays of structs (INOUT_N blocks),
 * tokens ordering an audit log, `delayed(qsort)` of a local array with an
 * ordinary comparator, `goto fail` cleanup of malloc'd buffers, a histogram
 * indexed by results, a switch on an enum result, and a final report. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

enum category { CAT_FOOD, CAT_TOOLS, CAT_TOYS, CAT_BOOKS, CAT_N };
enum status { ST_OK, ST_BACKORDER, ST_REJECTED };

static const char *const cat_names[CAT_N] = { "food", "tools", "toys", "books" };
static const int cat_tax_permille[CAT_N] = { 70, 200, 200, 0 };

#define NSKU 64
#define NORD 96
#define NWH 4
#define HCAP 128u

struct sku {
    uint32_t code;
    enum category cat;
    int price_cents;
    int stock[NWH];
};

struct order_flags {
    unsigned rush : 1;
    unsigned gift : 1;
    unsigned wh : 2;
    unsigned spare : 4;
};

struct order {
    int id;
    uint32_t sku;
    int qty;
    struct order_flags fl;
    long total_cents;
    enum status st;
};

struct index {
    uint32_t keys[HCAP];
    int slot[HCAP];
};

char audit[2048];
int audit_len;

static inline uint32_t mix(uint32_t x)
{
    x ^= x >> 15;
    x *= 0x2c1b3c6du;
    x ^= x >> 12;
    return x;
}

static void index_put(struct index *ix, uint32_t key, int slot)
{
    uint32_t h = mix(key) & (HCAP - 1);
    while (ix->slot[h] >= 0)
        h = (h + 1) & (HCAP - 1);
    ix->keys[h] = key;
    ix->slot[h] = slot;
}

DELAYED_PURE int index_get(const struct index *ix, uint32_t key)
{
    uint32_t h = mix(key) & (HCAP - 1);
    while (ix->slot[h] >= 0) {
        if (ix->keys[h] == key)
            return ix->slot[h];
        h = (h + 1) & (HCAP - 1);
    }
    return -1;
}

DELAYED_PURE int valid_line(const char *line)
{
    int fields = 1;
    for (const char *p = line; *p; p++) {
        if (*p == ',')
            fields++;
        else if ((*p < '0' || *p > '9') && *p != '-')
            return 0;
    }
    return fields == 4;
}

DELAYED long price_order(DELAYED_IN const struct sku *s, int qty, struct order_flags fl)
{
    long base = (long)s->price_cents * qty;
    long tax = base * cat_tax_permille[s->cat] / 1000;
    long extra = (fl.rush ? 500 : 0) + (fl.gift ? 250 : 0);
    return base + tax + extra;
}

DELAYED void fulfil_block(DELAYED_INOUT_N(n) struct order *o, int n, DELAYED_IN_N(NSKU) const struct sku *skus,
                          DELAYED_IN_N(n) const int *slot_of, int wh)
{
    int used[NSKU] = { 0 };
    for (int i = 0; i < n; i++) {
        if (o[i].st == ST_REJECTED || o[i].fl.wh != (unsigned)wh)
            continue;
        int s = slot_of[i];
        if (s < 0) {
            o[i].st = ST_REJECTED;
            continue;
        }
        if (used[s] + o[i].qty <= skus[s].stock[wh]) {
            used[s] += o[i].qty;
            o[i].st = ST_OK;
        } else {
            o[i].st = ST_BACKORDER;
        }
    }
}

DELAYED enum category category_of(DELAYED_IN const struct sku *s) { return s->cat; }

DELAYED void log_line(const char *what, int v)
{
    audit_len += snprintf(audit + audit_len, sizeof audit - (size_t)audit_len, "%s:%d;", what, v);
}

static int cmp_long_desc(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x < y) - (x > y);
}

static int check_all(char lines[][32], int n)
{
    int ok[NORD];
    for (int i = 0; i < n; i++)
        ok[i] = valid_line(lines[i]);
    for (int i = 0; i < n; i++)
        if (!ok[i])
            return -1;
    return 0;
}

static int run_batch(int seed, long *revenue_out)
{
    int rc = -1;
    struct sku *skus = malloc(NSKU * sizeof *skus);
    struct order *ord = malloc(NORD * sizeof *ord);
    static struct index ix;
    char lines[NORD][32];
    int slot_of[NORD];
    long totals[NORD];
    int cat_hist[CAT_N] = { 0 };
    if (!skus || !ord)
        goto fail;

    for (int i = 0; i < NSKU; i++) {
        skus[i].code = 1000u + (uint32_t)i * 7u;
        skus[i].cat = (enum category)(i % CAT_N);
        skus[i].price_cents = 199 + (i * 137 + seed) % 2500;
        for (int w = 0; w < NWH; w++)
            skus[i].stock[w] = (i + w * 3 + seed) % 9;
    }
    for (unsigned h = 0; h < HCAP; h++)
        ix.slot[h] = -1;
    for (int i = 0; i < NSKU; i++)
        index_put(&ix, skus[i].code, i);

    for (int i = 0; i < NORD; i++) {
        int sku = 1000 + ((i * 13 + seed) % (NSKU + 4)) * 7;
        snprintf(lines[i], sizeof lines[i], "%d,%d,%d,%d", i, sku, 1 + (i * 5 + seed) % 6, (i * 3) % 16);
    }
    if (seed == 99)
        strcpy(lines[17], "17,x,1,0");
    const int nrows = NORD;
    if (check_all(lines, nrows) != 0)
        goto fail;

    for (int i = 0; i < NORD; i++) {
        const char *p = lines[i];
        const char *c1 = strchr(p, ',');
        const char *c2 = strchr(c1 + 1, ',');
        const char *c3 = strchr(c2 + 1, ',');
        ord[i].id = (int)strtol(p, NULL, 10);
        ord[i].sku = (uint32_t)strtol(c1 + 1, NULL, 10);
        ord[i].qty = (int)strtol(c2 + 1, NULL, 10);
        long fl = delayed(strtol)(c3 + 1, NULL, 10);
        ord[i].fl = (struct order_flags){ .rush = fl & 1, .gift = (fl >> 1) & 1, .wh = (fl >> 2) & 3 };
        ord[i].st = ST_OK;
        ord[i].total_cents = 0;
    }
    for (int i = 0; i < NORD; i++)
        slot_of[i] = index_get(&ix, ord[i].sku);

    delayed_token t0 = delayed_after(log_line("batch", seed));
    for (int w = 0; w < NWH; w++)
        fulfil_block(ord, NORD, skus, slot_of, w);
    delayed_token t1 = delayed_after(delayed_bind(log_line, t0)("fulfilled", nrows));

    for (int i = 0; i < NORD; i++) {
        int s = slot_of[i];
        if (s < 0 || ord[i].st != ST_OK) {
            totals[i] = 0;
            continue;
        }
        totals[i] = price_order(&skus[s], ord[i].qty, ord[i].fl);
        cat_hist[category_of(&skus[s])]++;
    }
    long revenue = 0;
    int nrej = 0, nback = 0;
    for (int i = 0; i < NORD; i++) {
        ord[i].total_cents = totals[i];
        revenue += totals[i];
        switch (ord[i].st) {
        case ST_OK:
            break;
        case ST_BACKORDER:
            nback++;
            break;
        case ST_REJECTED:
            nrej++;
            break;
        }
    }
    delayed_token t2 = delayed_after(delayed_bind(log_line, t1)("rejected", nrej));
    delayed_compute(t2);

    delayed(qsort)(totals, NORD, sizeof totals[0], cmp_long_desc);
    printf("batch %d: revenue %ld.%02ld, backorders %d, rejected %d\n", seed, revenue / 100, revenue % 100, nback,
           nrej);
    printf("  top3: %ld %ld %ld\n", totals[0], totals[1], totals[2]);
    for (int c = 0; c < CAT_N; c++)
        printf("  %-6s %d\n", cat_names[c], cat_hist[c]);
    *revenue_out = revenue;
    rc = 0;
fail:
    free(ord);
    free(skus);
    return rc;
}

int main(void)
{
    long grand = 0;
    int failures = 0;
    const int seeds[3] = { 1, 99, 7 };
    for (int k = 0; k < 3; k++) {
        long r = 0;
        if (run_batch(seeds[k], &r) != 0) {
            printf("batch %d failed validation\n", seeds[k]);
            failures++;
            continue;
        }
        grand += r;
    }
    printf("grand total %ld, failures %d\n", grand, failures);
    printf("audit: %s\n", audit);
    return failures ? 2 : 0;
}
