/* unions_enums_bits.c — a systems programmer's message decoder: a struct with
 * bit-fields passed by value to delayed functions, an enum returned by a
 * DELAYED classifier and used in `switch`, a tagged union returned by value and
 * stored into an array of unions, `_Static_assert`, and enum constants as array
 * sizes and indices. */
#include <stdint.h>
#include <stdio.h>
#include "delayed.h"

enum kind { K_INT, K_REAL, K_FLAG, K_COUNT };

struct header {
    unsigned kind : 2;
    unsigned len : 6;
    unsigned prio : 3;
    unsigned flag : 1;
    unsigned seq : 20;
};
_Static_assert(sizeof(struct header) == 4, "header packs in 32 bits");

union payload {
    int32_t i;
    float f;
    uint32_t raw;
};

struct value {
    enum kind k;
    union payload p;
};

DELAYED enum kind classify(struct header h)
{
    return h.kind < K_COUNT ? (enum kind)h.kind : K_FLAG;
}

DELAYED struct value decode(struct header h, uint32_t word)
{
    struct value v;
    v.k = (enum kind)(h.kind % K_COUNT);
    switch (v.k) {
    case K_INT:
        v.p.i = (int32_t)(word & 0xffff) - 30000 + (int32_t)h.prio;
        break;
    case K_REAL:
        v.p.f = (float)(word % 1000) / 8.0f + (float)h.len;
        break;
    default:
        v.p.raw = (word >> 3) ^ h.seq;
        break;
    }
    return v;
}

DELAYED_PURE union payload widen(union payload p, enum kind k)
{
    union payload r;
    if (k == K_REAL)
        r.f = p.f * 2.0f;
    else
        r.raw = p.raw + 1u;
    return r;
}

int main(void)
{
    enum { NMSG = 40 };
    struct header hs[NMSG];
    struct value vals[NMSG];
    union payload wide[NMSG];
    int per_kind[K_COUNT] = { 0 };
    uint32_t w = 2463534242u;
    for (int i = 0; i < NMSG; i++) {
        w ^= w << 13;
        w ^= w >> 17;
        w ^= w << 5;
        hs[i] = (struct header){ .kind = w & 3u, .len = (w >> 2) & 63u, .prio = (w >> 8) & 7u,
                                 .flag = (w >> 11) & 1u, .seq = (unsigned)i * 1000u };
        vals[i] = decode(hs[i], w);
    }
    for (int i = 0; i < NMSG; i++)
        wide[i] = widen(vals[i].p, vals[i].k);
    for (int i = 0; i < NMSG; i++) {
        enum kind k = classify(hs[i]);
        switch (k) {
        case K_INT:
            per_kind[K_INT] += 1;
            break;
        case K_REAL:
            per_kind[K_REAL] += 1;
            break;
        case K_FLAG:
        case K_COUNT:
            per_kind[K_FLAG] += 1;
            break;
        }
    }
    long isum = 0;
    double fsum = 0;
    uint32_t rx = 0;
    for (int i = 0; i < NMSG; i++) {
        if (vals[i].k == K_INT)
            isum += vals[i].p.i + (long)wide[i].raw % 3;
        else if (vals[i].k == K_REAL)
            fsum += (double)wide[i].f;
        else
            rx ^= wide[i].raw;
    }
    printf("kinds int=%d real=%d flag=%d\n", per_kind[K_INT], per_kind[K_REAL], per_kind[K_FLAG]);
    printf("isum=%ld fsum=%.3f rx=%08x first.seq=%u\n", isum, fsum, (unsigned)rx, (unsigned)hs[NMSG - 1].seq);
    return 0;
}
