/* pipeline_records.c — a three-stage pipeline over an array of structs, in two
 * styles: by value (`out[i] = stage3(stage2(stage1(in[i])))`, nested calls
 * hoisted into tasks) and by pointer (`parse(&raw[i], &rec[i])` with DELAYED_IN /
 * DELAYED_OUT on single elements, then `enrich(&rec[i])` INOUT, then a
 * DELAYED_IN_N summary over the whole array); a struct with a char array member
 * is copied by value through the stages. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

#define NREC 48

struct raw {
    char name[12];
    int qty;
    int cents;
};

struct rec {
    char name[12];
    long total;
    int bucket;
    int flags;
};

DELAYED struct rec stage1(struct raw r)
{
    struct rec o;
    memcpy(o.name, r.name, sizeof o.name);
    o.total = (long)r.qty * r.cents;
    o.bucket = 0;
    o.flags = 0;
    return o;
}

DELAYED struct rec stage2(struct rec r)
{
    r.bucket = (int)(r.total / 1000) % 7;
    if (r.total > 20000)
        r.flags |= 1;
    return r;
}

DELAYED struct rec stage3(struct rec r)
{
    if (r.name[0] == 'b')
        r.flags |= 2;
    r.total -= r.bucket;
    return r;
}

DELAYED void parse(DELAYED_IN const struct raw *in, DELAYED_OUT struct rec *out)
{
    memcpy(out->name, in->name, sizeof out->name);
    out->total = (long)in->qty * in->cents + 1;
    out->bucket = in->qty % 5;
    out->flags = 0;
}

DELAYED void enrich(DELAYED_INOUT struct rec *r)
{
    r->flags = (r->total % 3 == 0) ? 4 : 8;
    r->total *= 2;
}

DELAYED long summarize(DELAYED_IN_N(n) const struct rec *rs, int n, int want_flag)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        if (rs[i].flags & want_flag)
            s += rs[i].total;
    return s;
}

int main(void)
{
    static const char *names[] = { "apple", "banana", "cherry", "bolt", "nut", "brick" };
    struct raw raw[NREC];
    struct rec v[NREC], p[NREC];
    for (int i = 0; i < NREC; i++) {
        memset(&raw[i], 0, sizeof raw[i]);
        snprintf(raw[i].name, sizeof raw[i].name, "%s%d", names[i % 6], i);
        raw[i].qty = 1 + (i * 13) % 29;
        raw[i].cents = 99 + (i * 71) % 1300;
    }
    for (int i = 0; i < NREC; i++)
        v[i] = stage3(stage2(stage1(raw[i])));
    for (int i = 0; i < NREC; i++)
        parse(&raw[i], &p[i]);
    for (int i = 0; i < NREC; i++)
        enrich(&p[i]);
    long big = summarize(v, NREC, 1);
    long bees = summarize(v, NREC, 2);
    long fours = summarize(p, NREC, 4);
    long eights = summarize(p, NREC, 8);
    printf("big=%ld bees=%ld fours=%ld eights=%ld\n", big, bees, fours, eights);
    for (int i = 0; i < NREC; i += 11)
        printf("%-10s %7ld b%d f%d | %7ld f%d\n", v[i].name, v[i].total, v[i].bucket, v[i].flags, p[i].total, p[i].flags);
    return 0;
}
