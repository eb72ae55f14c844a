/* Records each owning a malloc'd buffer, in a malloc'd array, handed to a
 * task by address (blind round 43 p04): `process(&recs[i])` with
 * `unsigned char *data DELAYED_N(len)` ran every call serially ("holds
 * pointers to memory delayc cannot track").  Each task names its record and
 * the bytes its data reaches, read when it is spawned; a second pass over
 * the same records (whose first pass shortens len) must wait for the first
 * before it reads len at its spawn. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

struct record {
    int id;
    size_t len;
    unsigned char *data DELAYED_N(len);
    unsigned long sum;
};

#define NREC 24

DELAYED static void process(DELAYED_INOUT struct record *r)
{
    unsigned long s = r->sum;
    for (int pass = 0; pass < 20; pass++)
        for (size_t i = 0; i < r->len; i++) {
            r->data[i] = (unsigned char)(r->data[i] * 5 + 1 + pass);
            s = s * 31 + r->data[i];
        }
    r->sum = s;
    r->len -= r->len / 3;                      /* the next pass sees fewer bytes */
}

DELAYED static unsigned long peek(DELAYED_IN const struct record *r)
{
    unsigned long s = 0;
    for (size_t i = 0; i < r->len; i++) s += r->data[i] * (i + 1);
    return s;
}

int main(void)
{
    struct record *recs = malloc(NREC * sizeof *recs);
    unsigned long got[NREC], total = 0;
    if (!recs) return 1;
    for (int i = 0; i < NREC; i++) {
        recs[i].id = i;
        recs[i].len = 3000 + 500 * (size_t)i;
        recs[i].sum = (unsigned long)i;
        recs[i].data = malloc(recs[i].len);
        for (size_t j = 0; j < recs[i].len; j++) recs[i].data[j] = (unsigned char)(j * (size_t)(i + 3));
    }
    for (int i = 0; i < NREC; i++) process(&recs[i]);
    for (int i = 0; i < NREC; i++) process(recs + i);
    for (int i = 0; i < NREC; i++) got[i] = peek(&recs[i]);
    for (int i = 0; i < NREC; i++) {
        total ^= recs[i].sum + got[i] * 7 + recs[i].len;
        free(recs[i].data);
    }
    printf("%lu\n", total);
    free(recs);
    return 0;
}
