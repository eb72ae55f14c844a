// Declarations that are right, in shapes delayc cannot prove at compile time:
// the emitted program checks them as it runs, and prints what the serial
// program prints.
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

#define NB 16
#define BLK 64

/* a data-dependent index: bins[(int)v[i] % NB] (a signed remainder; an unsigned one is shown inside) */
DELAYED void histogram(DELAYED_IN_N(n) const unsigned *v, int n, DELAYED_OUT_N(NB) long *bins) {
    for (int b = 0; b < NB; b++) bins[b] = 0;
    for (int i = 0; i < n; i++) bins[(int)v[i] % NB]++;
    usleep(2000);
}

/* a while loop, and memcpy */
DELAYED void prefix(DELAYED_IN_N(n) const long *in, DELAYED_OUT_N(n) long *out, int n) {
    long s = 0;
    int i = 0;
    while (i < n) { s += in[i]; out[i] = s; i++; }
    long tmp[BLK];
    memcpy(tmp, out, sizeof(long) * (size_t)n);
    memcpy(out, tmp, sizeof(long) * (size_t)(n - (int)(s & 1)));   /* a count from the data: checked */
    usleep(2000);
}

static long sum_of(const long *p, int m) {
    long s = 0;
    for (int i = 0; i < m; i++) s += p[i];
    return s;
}

/* a helper given the second half, and a row pointer */
DELAYED long halves(DELAYED_IN_N(n) const long *p, int n) {
    int h = n / 2;
    const long *second = p + h;
    usleep(2000);
    return sum_of(p, h) * 1000 + sum_of(second, n - h);
}

/* a pointer that walks its block */
DELAYED long walk_sum(DELAYED_IN_N(n) const long *p, int n) {
    long s = 0;
    const long *q = p;
    for (int i = 0; i < n; i++) s += *q++;
    usleep(2000);
    return s;
}

/* a chunk of text with no NUL of its own, read by calls that stop early;
 * strtol reads the character after the chunk's last number: one more */
DELAYED long parse_chunk(DELAYED_IN_RANGE(lo, hi + 1) const char *text, int lo, int hi) {
    long s = 0;
    const char *p = text + lo;
    while (p < text + hi) {
        char *end;
        s += strtol(p, &end, 10);
        const char *comma = strchr(p, ',');
        if (!comma || comma >= text + hi) break;
        if (strncmp(comma, ",7", 2) == 0) s += 1000;
        p = comma + 1 + strspn(comma + 1, " ");
    }
    usleep(2000);
    return s;
}

/* a string read to its NUL */
DELAYED size_t name_len(DELAYED_IN_N(32) const char *name) { usleep(2000); return strlen(name); }

int main(void) {
    unsigned *v = malloc(sizeof *v * 4 * BLK);
    long *bins = malloc(sizeof *bins * 4 * NB), *in = malloc(sizeof *in * 4 * BLK), *out = malloc(sizeof *out * 4 * BLK);
    char names[4][32];
    if (!v || !bins || !in || !out) return 1;
    for (int i = 0; i < 4 * BLK; i++) { v[i] = (unsigned)(i * 7919u); in[i] = i % 13; }
    for (int k = 0; k < 4; k++) snprintf(names[k], sizeof names[k], "block-%d", k * 111);
    for (int k = 0; k < 4; k++) histogram(v + k * BLK, BLK, bins + k * NB);
    for (int k = 0; k < 4; k++) prefix(in + k * BLK, out + k * BLK, BLK);
    long h[4];
    size_t len[4];
    for (int k = 0; k < 4; k++) h[k] = halves(out + k * BLK, BLK);
    for (int k = 0; k < 4; k++) len[k] = name_len(names[k]);
    static const char csv[] = "11,22,33,44, 7,66,77,88,99,10,20,30,";   /* 4 chunks of 9: no NUL inside them */
    long pc[4];
    for (int k = 0; k < 4; k++) pc[k] = parse_chunk(csv, 9 * k, 9 * k + 9);
    long ws[4];
    for (int k = 0; k < 4; k++) ws[k] = walk_sum(in + k * BLK, BLK);
    for (int k = 0; k < 4; k++)
        printf("%d: bins %ld %ld out %ld halves %ld name %zu walk %ld csv %ld\n", k, bins[k * NB], bins[k * NB + 5],
               out[k * BLK + BLK - 1], h[k], len[k], ws[k], pc[k]);
    free(v); free(bins); free(in); free(out);
    return 0;
}
