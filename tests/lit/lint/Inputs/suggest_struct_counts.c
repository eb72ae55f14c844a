/* Records that each own a malloc'd buffer, processed one by one (blind round
 * 43 p04).  A struct whose pointer member says no count: suggest says the
 * count its allocations show (`unsigned char *data DELAYED_N(len)`) where
 * the struct declares it; one that says it: the function is proposed, its
 * tasks naming each record and its bytes. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

struct record {
    size_t len;
    unsigned char *data;
    unsigned long crc;
};

struct counted {
    size_t len;
    unsigned char *data DELAYED_N(len);
    unsigned long crc;
};

#ifndef NREC
#define NREC 32
#endif
#ifndef LEN
#define LEN 60000
#endif

static void scramble(struct record *r)
{
    unsigned long c = 0;
    size_t i;
    int pass;
    for (pass = 0; pass < 12; pass++)
        for (i = 0; i < r->len; i++) {
            r->data[i] = (unsigned char)(r->data[i] * 5 + 1 + pass);
            c = c * 33 + r->data[i];
        }
    r->crc = c;
}

static void scramble_counted(struct counted *r)
{
    unsigned long c = 0;
    size_t i;
    int pass;
    for (pass = 0; pass < 12; pass++)
        for (i = 0; i < r->len; i++) {
            r->data[i] = (unsigned char)(r->data[i] * 5 + 1 + pass);
            c = c * 33 + r->data[i];
        }
    r->crc = c;
}

int main(void)
{
    struct record *a = malloc(NREC * sizeof *a);
    struct counted *b = malloc(NREC * sizeof *b);
    unsigned long total = 0;
    int i;
    size_t j;
    if (!a || !b) return 1;
    for (i = 0; i < NREC; i++) {
        a[i].len = b[i].len = LEN + 100 * (size_t)i;
        a[i].data = malloc(a[i].len);
        b[i].data = malloc(b[i].len);
        if (!a[i].data || !b[i].data) return 1;
        for (j = 0; j < a[i].len; j++) a[i].data[j] = b[i].data[j] = (unsigned char)(j * (size_t)(i + 3));
    }
    for (i = 0; i < NREC; i++) scramble(&a[i]);
    for (i = 0; i < NREC; i++) scramble_counted(&b[i]);
    for (i = 0; i < NREC; i++) {
        total ^= a[i].crc * 3 + b[i].crc;
        free(a[i].data);
        free(b[i].data);
    }
    printf("%lu\n", total);
    free(a);
    free(b);
    return 0;
}
