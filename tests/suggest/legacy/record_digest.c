/*
 * record_digest.c - digest / pack stage of the nightly record export.
 *
 * A batch of variable-length records is generated (in production they come
 * from the journal reader), every record gets a stretched 32-bit digest, a
 * CRC and a printable tag, the records are packed back to back into one
 * output stream, sorted by (kind, digest) and finally merged into per-kind
 * groups whose summaries are printed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef NREC
#define NREC 6000
#endif
#ifndef PAYLOAD_MAX
#define PAYLOAD_MAX 384
#endif
#ifndef PAYLOAD_MIN
#define PAYLOAD_MIN 48
#endif
#ifndef STRETCH_ROUNDS
#define STRETCH_ROUNDS 160
#endif
#ifndef NKINDS
#define NKINDS 12
#endif

#define TAG_LEN      8
#define ROTL32(x, r) (((x) << (r)) | ((x) >> (32 - (r))))

typedef struct {
    unsigned      id;
    unsigned      kind;
    unsigned      len;
    unsigned long offset;               /* position in the packed stream */
    uint32_t      digest;
    uint32_t      crc;
    char          tag[TAG_LEN + 1];
    unsigned char payload[PAYLOAD_MAX];
} Record;

typedef struct {
    unsigned kind;
    unsigned count;
    unsigned dups;
    unsigned long bytes;
    uint32_t combined;
} Group;

static Record        recs[NREC];
static unsigned char *stream;
static unsigned long  stream_len;

static uint32_t crc_table[256];
static uint64_t gen_state = 0x9e3779b97f4a7c15ull;

/* Statistics kept for the log line at the end of the run. */
static unsigned long long bytes_digested;

static const char tag_alphabet[32] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/* ------------------------------------------------------------------ */

static void fatal(const char *what)
{
    fprintf(stderr, "record_digest: %s\n", what);
    exit(EXIT_FAILURE);
}

static uint64_t gen_next(void)
{
    gen_state ^= gen_state << 13;
    gen_state ^= gen_state >> 7;
    gen_state ^= gen_state << 17;
    return gen_state;
}

static void crc_init(void)
{
    uint32_t c;
    unsigned n, k;

    for (n = 0; n < 256; n++) {
        c = n;
        for (k = 0; k < 8; k++)
            c = (c & 1u) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static uint32_t crc32_buf(const unsigned char *p, size_t n)
{
    uint32_t c = 0xffffffffu;
    size_t i;

    for (i = 0; i < n; i++)
        c = crc_table[(c ^ p[i]) & 0xffu] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

/* Generate the batch; every 16th record repeats its predecessor. */
static void generate_records(void)
{
    unsigned i, j, span;

    span = PAYLOAD_MAX - PAYLOAD_MIN + 1;
    for (i = 0; i < NREC; i++) {
        Record *r = &recs[i];
        r->id = 100000u + i * 7u;
        if (i > 0 && (i % 16u) == 5u) {
            r->kind = recs[i - 1].kind;
            r->len = recs[i - 1].len;
            memcpy(r->payload, recs[i - 1].payload, r->len);
            continue;
        }
        r->kind = (unsigned)(gen_next() % NKINDS);
        r->len = PAYLOAD_MIN + (unsigned)(gen_next() % span);
        for (j = 0; j < r->len; j++)
            r->payload[j] = (unsigned char)('a' + (gen_next() % 26u));
    }
}

/*
 * Stretched digest: a murmur-style mix over the payload repeated
 * STRETCH_ROUNDS times, each round keyed by the previous state.
 */
static uint32_t stretch_digest(const unsigned char *p, unsigned len, uint32_t seed)
{
    uint32_t h = seed ^ (len * 0x9e3779b1u);
    unsigned round, i;

    for (round = 0; round < STRETCH_ROUNDS; round++) {
        uint32_t k;
        for (i = 0; i < len; i++) {
            k = p[i] * 0xcc9e2d51u + round;
            k = ROTL32(k, 15) * 0x1b873593u;
            h ^= k;
            h = ROTL32(h, 13) * 5u + 0xe6546b64u;
        }
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
    }
    bytes_digested += (unsigned long long)len * STRETCH_ROUNDS;
    return h;
}

static void make_tag(uint32_t d, uint32_t crc, char *tag)
{
    uint64_t v = ((uint64_t)d << 32) | crc;
    int k;

    for (k = 0; k < TAG_LEN; k++) {
        tag[k] = tag_alphabet[v & 31u];
        v >>= 5;
    }
    tag[TAG_LEN] = '\0';
}

static void digest_record(Record *r)
{
    r->crc = crc32_buf(r->payload, r->len);
    r->digest = stretch_digest(r->payload, r->len, r->kind * 0x01000193u);
    make_tag(r->digest, r->crc, r->tag);
}

/* Offsets of the records in the packed stream (header + payload). */
static unsigned long assign_offsets(void)
{
    unsigned long pos = 0;
    int i;

    for (i = 0; i < NREC; i++) {
        recs[i].offset = pos;
        pos += 4 + TAG_LEN + recs[i].len;
    }
    return pos;
}

static void pack_record(const Record *r, unsigned char *out)
{
    unsigned j;

    out[0] = (unsigned char)(r->len & 0xffu);
    out[1] = (unsigned char)(r->len >> 8);
    out[2] = (unsigned char)r->kind;
    out[3] = (unsigned char)(r->crc & 0xffu);
    memcpy(out + 4, r->tag, TAG_LEN);
    for (j = 0; j < r->len; j++)
        out[4 + TAG_LEN + j] = r->payload[j] ^ (unsigned char)(r->digest >> (8 * (j & 3u)));
}

static int cmp_kind_digest(const void *a, const void *b)
{
    const Record *x = a, *y = b;

    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    if (x->digest != y->digest)
        return x->digest < y->digest ? -1 : 1;
    return x->id < y->id ? -1 : (x->id > y->id);
}

/* Walk the sorted records and fold each run of one kind into a group. */
static int merge_groups(Group *groups)
{
    int ng = 0, i;

    for (i = 0; i < NREC; i++) {
        const Record *r = &recs[i];
        Group *g;

        if (ng == 0 || groups[ng - 1].kind != r->kind) {
            if (ng == NKINDS)
                fatal("more groups than kinds");
            g = &groups[ng++];
            g->kind = r->kind;
            g->count = 0;
            g->dups = 0;
            g->bytes = 0;
            g->combined = 2166136261u;
        }
        g = &groups[ng - 1];
        if (i > 0 && recs[i - 1].kind == r->kind && recs[i - 1].digest == r->digest) {
            g->dups++;
            continue;
        }
        g->count++;
        g->bytes += r->len;
        g->combined = (g->combined ^ r->digest) * 16777619u;
    }
    return ng;
}

int main(void)
{
    Group groups[NKINDS];
    int i, ng;
    uint32_t stream_crc;

    if (PAYLOAD_MIN < 1 || PAYLOAD_MIN > PAYLOAD_MAX || PAYLOAD_MAX > 65535 || NKINDS > 255)
        fatal("bad payload limits");

    crc_init();
    generate_records();

    for (i = 0; i < NREC; i++)
        digest_record(&recs[i]);

    stream_len = assign_offsets();
    stream = malloc(stream_len);
    if (stream == NULL)
        fatal("out of memory for stream");
    for (i = 0; i < NREC; i++)
        pack_record(&recs[i], stream + recs[i].offset);
    stream_crc = crc32_buf(stream, stream_len);

    qsort(recs, NREC, sizeof recs[0], cmp_kind_digest);
    ng = merge_groups(groups);

    printf("records %d, stream %lu bytes, crc %08x\n", NREC, stream_len, (unsigned)stream_crc);
    printf("digested %llu bytes\n", bytes_digested);
    for (i = 0; i < ng; i++)
        printf("kind %2u: %4u unique %3u dup %7lu bytes combined %08x\n",
               groups[i].kind, groups[i].count, groups[i].dups,
               groups[i].bytes, (unsigned)groups[i].combined);
    printf("first tag %s id %u, last tag %s id %u\n",
           recs[0].tag, recs[0].id, recs[NREC - 1].tag, recs[NREC - 1].id);

    free(stream);
    return 0;
}
