/*
 * block_compress.c - fixed-size block LZ77 compressor with CRC framing.
 *
 * The input stream is cut into BLOCK_SIZE blocks.  Each block is
 * compressed on its own (no history crosses a block boundary), so a
 * damaged block never takes its neighbours down with it.  Afterwards the
 * compressed blocks are packed into one archive buffer with an offset
 * table, every block is decompressed again and checked against the
 * original bytes and its CRC-32.
 *
 * Block format:
 *   byte 0      : method (METHOD_STORED or METHOD_LZ)
 *   METHOD_LZ   : sequence of commands
 *       c < 0x80  -> literal run, (c + 1) bytes follow
 *       c >= 0x80 -> match, length (c - 0x80) + MIN_MATCH,
 *                    followed by a 16-bit little-endian distance
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef INPUT_SIZE
#define INPUT_SIZE   (16u * 1024u * 1024u)
#endif
#define BLOCK_SIZE   (32u * 1024u)

#define METHOD_STORED 0
#define METHOD_LZ     1

#define MIN_MATCH     3
#define MAX_MATCH     (0x7f + MIN_MATCH)
#define MAX_LITERALS  0x80
#define HASH_BITS     14
#define HASH_SIZE     (1u << HASH_BITS)
#define MAX_CHAIN     24

/* worst case: one command byte per 128 literals, plus method byte */
#define BOUND(n)      ((n) + (n) / MAX_LITERALS + 16)

#define HASH3(p) ((((uint32_t)(p)[0] << 16) ^ ((uint32_t)(p)[1] << 8) ^ (p)[2]) * 2654435761u >> (32 - HASH_BITS))

typedef struct {
    size_t   raw_off;       /* offset into input            */
    size_t   raw_len;
    size_t   comp_len;      /* bytes used in comp slot      */
    size_t   arch_off;      /* offset into packed archive   */
    uint32_t crc;           /* CRC-32 of the raw bytes      */
} BlockInfo;

/* CRC table: filled once by crc32_init(), read-only afterwards. */
static uint32_t crc_table[256];

/* Match finder workspace, reused by every call to compress_block(). */
static int32_t hash_head[HASH_SIZE];
static int32_t hash_prev[BLOCK_SIZE];

/* Vocabulary for the synthetic input. */
static const char *const vocab[] = {
    "the", "of", "and", "to", "in", "block", "stream", "data", "compress",
    "header", "offset", "length", "buffer", "window", "match", "literal",
    "distance", "checksum", "error", "value", "return", "static", "const",
    "unsigned", "struct", "while", "for", "if", "else", "size_t", "int",
    "printf", "memcpy", "archive", "record", "field", "table", "index",
};
#define VOCAB_N (sizeof vocab / sizeof vocab[0])

/* ------------------------------------------------------------------ */

static void crc32_init(void)
{
    uint32_t i, j, c;

    for (i = 0; i < 256; i++) {
        c = i;
        for (j = 0; j < 8; j++)
            c = (c & 1) ? (0xEDB88320u ^ (c >> 1)) : (c >> 1);
        crc_table[i] = c;
    }
}

static uint32_t crc32_buf(const unsigned char *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;

    while (n--)
        c = crc_table[(c ^ *p++) & 0xff] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static uint32_t rng_state = 0x1234567u;

static uint32_t rng_next(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

/* Mostly text-like data with the odd patch of noise and zero runs. */
static void generate_input(unsigned char *buf, size_t n)
{
    size_t pos = 0;

    while (pos < n) {
        uint32_t r = rng_next();
        uint32_t kind = r % 100;

        if (kind < 80) {
            const char *w = vocab[(r >> 8) % VOCAB_N];
            size_t len = strlen(w);
            if (pos + len + 1 > n)
                len = n - pos - 1;
            memcpy(buf + pos, w, len);
            pos += len;
            if (pos < n)
                buf[pos++] = ((r >> 20) % 11 == 0) ? '\n' : ' ';
        } else if (kind < 92) {
            char num[16];
            int len = snprintf(num, sizeof num, "%u ", (r >> 8) % 100000u);
            size_t k;
            for (k = 0; k < (size_t)len && pos < n; k++)
                buf[pos++] = (unsigned char)num[k];
        } else if (kind < 97) {
            size_t k, len = 16 + (r >> 8) % 96;
            for (k = 0; k < len && pos < n; k++)
                buf[pos++] = (unsigned char)rng_next();
        } else {
            size_t k, len = 8 + (r >> 8) % 200;
            for (k = 0; k < len && pos < n; k++)
                buf[pos++] = 0;
        }
    }

    /* an embedded, already-compressed payload: pure noise */
    if (n >= 8 * (size_t)BLOCK_SIZE) {
        size_t k;
        for (k = 3 * (size_t)BLOCK_SIZE; k < 5 * (size_t)BLOCK_SIZE + 1000; k++)
            buf[k] = (unsigned char)(rng_next() >> 11);
    }
}

/* ------------------------------------------------------------------ */
/* Compressor                                                          */
/* ------------------------------------------------------------------ */

static size_t flush_literals(const unsigned char *lit, size_t nlit,
                             unsigned char *dst, size_t op, size_t cap, int *overflow)
{
    while (nlit > 0) {
        size_t run = nlit > MAX_LITERALS ? MAX_LITERALS : nlit;
        if (op + 1 + run > cap) {
            *overflow = 1;
            return op;
        }
        dst[op++] = (unsigned char)(run - 1);
        memcpy(dst + op, lit, run);
        op += run;
        lit += run;
        nlit -= run;
    }
    return op;
}

/*
 * Compress n bytes from src into dst.  On entry *dst_len is the capacity
 * of dst, on return it holds the number of bytes written.
 * Returns 0 on success, -1 if the output did not fit or n is too large.
 */
static int compress_block(const unsigned char *src, size_t n,
                          unsigned char *dst, size_t *dst_len)
{
    size_t cap = *dst_len;
    size_t lz_cap = cap < n ? cap : n;   /* LZ output must beat raw */
    size_t ip = 0, op = 1, lit_start = 0;
    int overflow = 0;
    size_t i;

    if (n > BLOCK_SIZE || cap < 2)
        return -1;

    for (i = 0; i < HASH_SIZE; i++)
        hash_head[i] = -1;

    dst[0] = METHOD_LZ;

    while (ip + MIN_MATCH <= n) {
        uint32_t h = HASH3(src + ip);
        int32_t cand = hash_head[h];
        size_t best_len = 0, best_dist = 0;
        int chain = MAX_CHAIN;

        while (cand >= 0 && chain-- > 0) {
            size_t dist = ip - (size_t)cand;
            size_t len = 0, maxl = n - ip;
            if (dist > 0xffff)
                break;
            if (maxl > MAX_MATCH)
                maxl = MAX_MATCH;
            while (len < maxl && src[cand + len] == src[ip + len])
                len++;
            if (len > best_len) {
                best_len = len;
                best_dist = dist;
                if (len == maxl)
                    break;
            }
            cand = hash_prev[cand];
        }

        hash_prev[ip] = hash_head[h];
        hash_head[h] = (int32_t)ip;

        if (best_len >= MIN_MATCH) {
            size_t k;
            op = flush_literals(src + lit_start, ip - lit_start, dst, op, lz_cap, &overflow);
            if (overflow || op + 3 > lz_cap)
                goto store_raw;
            dst[op++] = (unsigned char)(0x80 + (best_len - MIN_MATCH));
            dst[op++] = (unsigned char)(best_dist & 0xff);
            dst[op++] = (unsigned char)(best_dist >> 8);
            /* insert the skipped positions into the chains */
            for (k = 1; k < best_len && ip + k + MIN_MATCH <= n; k++) {
                uint32_t hk = HASH3(src + ip + k);
                hash_prev[ip + k] = hash_head[hk];
                hash_head[hk] = (int32_t)(ip + k);
            }
            ip += best_len;
            lit_start = ip;
        } else {
            ip++;
        }
    }

    op = flush_literals(src + lit_start, n - lit_start, dst, op, lz_cap, &overflow);
    if (overflow)
        goto store_raw;
    *dst_len = op;
    return 0;

store_raw:
    /* not worth it (or did not fit): store the block uncompressed */
    if (cap < n + 1)
        return -1;
    dst[0] = METHOD_STORED;
    memcpy(dst + 1, src, n);
    *dst_len = n + 1;
    return 0;
}

/*
 * Decompress src (n bytes) into dst.  *dst_len is capacity on entry and
 * decompressed size on return.  Returns 0 on success, -1 on corrupt input.
 */
static int decompress_block(const unsigned char *src, size_t n,
                            unsigned char *dst, size_t *dst_len)
{
    size_t cap = *dst_len, ip = 1, op = 0;

    if (n < 1)
        return -1;
    if (src[0] == METHOD_STORED) {
        if (n - 1 > cap)
            return -1;
        memcpy(dst, src + 1, n - 1);
        *dst_len = n - 1;
        return 0;
    }
    if (src[0] != METHOD_LZ)
        return -1;

    while (ip < n) {
        unsigned c = src[ip++];
        if (c < 0x80) {
            size_t run = c + 1;
            if (ip + run > n || op + run > cap)
                return -1;
            memcpy(dst + op, src + ip, run);
            ip += run;
            op += run;
        } else {
            size_t len = (c - 0x80) + MIN_MATCH, dist, k;
            if (ip + 2 > n)
                return -1;
            dist = (size_t)src[ip] | ((size_t)src[ip + 1] << 8);
            ip += 2;
            if (dist == 0 || dist > op || op + len > cap)
                return -1;
            for (k = 0; k < len; k++, op++)     /* may overlap */
                dst[op] = dst[op - dist];
        }
    }
    *dst_len = op;
    return 0;
}

/* ------------------------------------------------------------------ */

int main(void)
{
    size_t nblocks = (INPUT_SIZE + BLOCK_SIZE - 1) / BLOCK_SIZE;
    size_t slot = BOUND(BLOCK_SIZE);
    unsigned char *input, *slots, *archive, *check;
    BlockInfo *info;
    size_t b, total_comp = 0, stored = 0;
    uint32_t crc_of_crcs, arch_crc;
    int bad = 0;

    input   = malloc(INPUT_SIZE);
    slots   = malloc(nblocks * slot);
    check   = malloc(nblocks * BLOCK_SIZE);
    info    = calloc(nblocks, sizeof *info);
    if (!input || !slots || !check || !info) {
        fprintf(stderr, "out of memory\n");
        return EXIT_FAILURE;
    }

    crc32_init();
    generate_input(input, INPUT_SIZE);

    /* pass 1: compress every block into its own slot */
    for (b = 0; b < nblocks; b++) {
        BlockInfo *bi = &info[b];
        size_t len = slot;

        bi->raw_off = b * BLOCK_SIZE;
        bi->raw_len = INPUT_SIZE - bi->raw_off < BLOCK_SIZE ? INPUT_SIZE - bi->raw_off : BLOCK_SIZE;
        if (compress_block(input + bi->raw_off, bi->raw_len, slots + b * slot, &len) != 0) {
            fprintf(stderr, "block %zu: compression failed\n", b);
            return EXIT_FAILURE;
        }
        bi->comp_len = len;
        bi->crc = crc32_buf(input + bi->raw_off, bi->raw_len);
    }

    /* pass 2: pack into one archive (offsets depend on all previous blocks) */
    for (b = 0; b < nblocks; b++) {
        info[b].arch_off = total_comp;
        total_comp += info[b].comp_len;
        if (slots[b * slot] == METHOD_STORED)
            stored++;
    }
    archive = malloc(total_comp ? total_comp : 1);
    if (!archive) {
        fprintf(stderr, "out of memory\n");
        return EXIT_FAILURE;
    }
    for (b = 0; b < nblocks; b++)
        memcpy(archive + info[b].arch_off, slots + b * slot, info[b].comp_len);

    /* pass 3: decompress and verify each block */
    for (b = 0; b < nblocks; b++) {
        const BlockInfo *bi = &info[b];
        size_t out_len = BLOCK_SIZE;
        unsigned char *out = check + b * BLOCK_SIZE;

        if (decompress_block(archive + bi->arch_off, bi->comp_len, out, &out_len) != 0
            || out_len != bi->raw_len
            || crc32_buf(out, out_len) != bi->crc
            || memcmp(out, input + bi->raw_off, out_len) != 0) {
            fprintf(stderr, "block %zu: verification failed\n", b);
            bad++;
        }
    }

    crc_of_crcs = 0xFFFFFFFFu;
    for (b = 0; b < nblocks; b++) {
        unsigned char le[4];
        le[0] = (unsigned char)(info[b].crc);
        le[1] = (unsigned char)(info[b].crc >> 8);
        le[2] = (unsigned char)(info[b].crc >> 16);
        le[3] = (unsigned char)(info[b].crc >> 24);
        crc_of_crcs ^= crc32_buf(le, 4) + (uint32_t)b * 2654435761u;
    }
    arch_crc = crc32_buf(archive, total_comp);

    printf("blocks: %zu x %u bytes (%zu stored raw)\n", nblocks, BLOCK_SIZE, stored);
    printf("input: %u bytes, compressed: %zu bytes (%.2f%%)\n",
           INPUT_SIZE, total_comp, 100.0 * (double)total_comp / INPUT_SIZE);
    printf("block 0: crc %08x comp %zu; last block: crc %08x comp %zu\n",
           (unsigned)info[0].crc, info[0].comp_len,
           (unsigned)info[nblocks - 1].crc, info[nblocks - 1].comp_len);
    printf("crc-of-crcs: %08x archive crc: %08x\n", (unsigned)crc_of_crcs, (unsigned)arch_crc);
    printf("verify: %s\n", bad ? "FAILED" : "ok");

    free(archive);
    free(info);
    free(check);
    free(slots);
    free(input);
    return bad ? EXIT_FAILURE : EXIT_SUCCESS;
}
