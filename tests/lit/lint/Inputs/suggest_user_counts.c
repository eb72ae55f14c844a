/* A block compressor whose owner followed the advice and declared the counts
 * (DELAYED_IN_N, DELAYED_OUT_N, DELAYED_OUT) but not DELAYED (blind round 45a
 * p02): suggest repeated "declare the count yourself"; it takes them as written. */
/* block compressor: LZ77-ish per block, C99 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "delayed.h"

#define BLOCK 16384
#define NBLOCKS 32
#define WINDOW 512

static void gen_input(unsigned char *buf, size_t n)
{
    uint32_t s = 12345u;
    for (size_t i = 0; i < n; i++) {
        s = s * 1103515245u + 12345u;
        unsigned r = (s >> 16) & 0xff;
        if (i > 64 && (r & 3) != 0)
            buf[i] = buf[i - 1 - (r % 60)];
        else
            buf[i] = (unsigned char)('a' + r % 26);
    }
}

/* compress one block; returns 0 on success, writes compressed length to *outlen */
int compress_block(DELAYED_IN_N(n) const unsigned char *in, size_t n, DELAYED_OUT_N(4 * n) unsigned char *out, DELAYED_OUT size_t *outlen)
{
    size_t ip = 0, op = 0;
    while (ip < n) {
        size_t best_len = 0, best_off = 0;
        size_t start = ip > WINDOW ? ip - WINDOW : 0;
        for (size_t j = start; j < ip; j++) {
            size_t l = 0;
            while (ip + l < n && l < 255 && in[j + l] == in[ip + l]) l++;
            if (l > best_len) { best_len = l; best_off = ip - j; }
        }
        if (best_len >= 4) {
            out[op++] = 0xff;
            out[op++] = (unsigned char)(best_off & 0xff);
            out[op++] = (unsigned char)(best_off >> 8);
            out[op++] = (unsigned char)best_len;
            ip += best_len;
        } else {
            if (in[ip] == 0xff) out[op++] = 0xff, out[op++] = 0, out[op++] = 0, out[op++] = 0;
            else out[op++] = in[ip];
            ip++;
        }
    }
    *outlen = op;
    return 0;
}

static size_t decompress_block(const unsigned char *in, size_t n, unsigned char *out)
{
    size_t ip = 0, op = 0;
    while (ip < n) {
        if (in[ip] == 0xff) {
            size_t off = in[ip + 1] | (in[ip + 2] << 8), len = in[ip + 3];
            if (len == 0) { out[op++] = 0xff; }
            else for (size_t k = 0; k < len; k++) { out[op] = out[op - off]; op++; }
            ip += 4;
        } else out[op++] = in[ip++];
    }
    return op;
}

static uint32_t adler(const unsigned char *p, size_t n)
{
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < n; i++) { a = (a + p[i]) % 65521; b = (b + a) % 65521; }
    return (b << 16) | a;
}

int main(void)
{
    unsigned char *input = malloc((size_t)BLOCK * NBLOCKS);
    unsigned char *output = malloc((size_t)BLOCK * NBLOCKS * 4);
    unsigned char *check = malloc(BLOCK);
    size_t lens[NBLOCKS];
    size_t total = 0;
    int b, bad = 0;

    gen_input(input, (size_t)BLOCK * NBLOCKS);
    for (b = 0; b < NBLOCKS; b++) {
        compress_block(input + (size_t)b * BLOCK, BLOCK, output + (size_t)b * BLOCK * 4, &lens[b]);
    }
    for (b = 0; b < NBLOCKS; b++) {
        size_t d = decompress_block(output + (size_t)b * BLOCK * 4, lens[b], check);
        if (d != BLOCK || memcmp(check, input + (size_t)b * BLOCK, BLOCK) != 0) bad++;
        total += lens[b];
    }
    printf("blocks %d total %zu bad %d adler %08x\n", NBLOCKS, total, bad,
           adler(output, (size_t)BLOCK * 4 * 2));
    for (b = 0; b < NBLOCKS; b += 8) printf("len[%d]=%zu\n", b, lens[b]);
    free(input); free(output); free(check);
    return 0;
}
