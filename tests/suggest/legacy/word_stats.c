/*
 * word_stats.c - word frequency statistics over a large text.
 *
 * A Zipf-distributed text is generated from a synthetic lexicon, cut
 * into NCHUNKS pieces on whitespace boundaries, and each piece is
 * tokenised and counted into its own open-addressing hash table.  The
 * per-chunk tables are then merged into one table, and the ten most
 * frequent words are printed together with a few global statistics.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef TEXT_SIZE
#define TEXT_SIZE     (24u << 20)
#endif
#define NCHUNKS       64
#define LEXICON_SIZE  6000
#define MAX_WORD      32
#define INITIAL_CAP   1024
#define TOP_N         10
#define ZIPF_S        1.07
#define GUIDE_SIZE    4096

#define IS_ALPHA(c)   ((unsigned)(((c) | 0x20) - 'a') < 26u)
#define LOWER(c)      ((char)((c) | 0x20))

typedef struct {
    const char *word;       /* points into the text (not NUL-terminated) */
    uint32_t    len;
    uint32_t    hash;
    long        count;
} Entry;

typedef struct {
    Entry  *slots;
    size_t  cap;            /* power of two */
    size_t  used;
} Table;

typedef struct {
    size_t begin, end;      /* byte range of the chunk in the text */
    Table  table;
    long   words;
    long   lines;
    long   longest;
} Chunk;

static const char *const syllables[] = {
    "ka", "lo", "mi", "ra", "te", "sun", "or", "an", "el", "ith", "ve", "qua",
    "dor", "pe", "ni", "sa", "tho", "ul", "ber", "gan", "is", "mo", "ren", "wy",
};
#define NSYL ((int)(sizeof syllables / sizeof syllables[0]))

static const char punctuation[] = ",.;:!?";

/* Lexicon and Zipf CDF: built once by build_lexicon(), then read-only. */
static char   lexicon[LEXICON_SIZE][MAX_WORD];
static size_t lexicon_len[LEXICON_SIZE];
static double zipf_cdf[LEXICON_SIZE];
static int    zipf_guide[GUIDE_SIZE];   /* first index with cdf >= g/GUIDE_SIZE */

/* Global counters bumped while tokenising. */
static long total_tokens;
static long total_letters;

static uint64_t rng_s = 0x853C49E6748FEA9Bull;

static uint32_t rng32(void)
{
    uint64_t old = rng_s;
    uint32_t xs, rot;
    rng_s = old * 6364136223846793005ull + 1442695040888963407ull;
    xs = (uint32_t)(((old >> 18) ^ old) >> 27);
    rot = (uint32_t)(old >> 59);
    return (xs >> rot) | (xs << ((32 - rot) & 31));
}

static void *xcalloc(size_t n, size_t sz)
{
    void *p = calloc(n, sz);
    if (!p) {
        fprintf(stderr, "word_stats: out of memory\n");
        exit(EXIT_FAILURE);
    }
    return p;
}

/* ------------------------------------------------------------------ */
/* Text generation                                                     */
/* ------------------------------------------------------------------ */

static void build_lexicon(void)
{
    double norm = 0.0, acc = 0.0;
    int i;

    for (i = 0; i < LEXICON_SIZE; i++) {
        /* (practically) unique word: the index spelled in base NSYL */
        int v = i;
        lexicon[i][0] = '\0';
        do {
            strcat(lexicon[i], syllables[v % NSYL]);
            v /= NSYL;
        } while (v > 0);
        lexicon_len[i] = strlen(lexicon[i]);
        norm += 1.0 / pow(i + 1, ZIPF_S);
    }
    for (i = 0; i < LEXICON_SIZE; i++) {
        acc += 1.0 / pow(i + 1, ZIPF_S) / norm;
        zipf_cdf[i] = acc;
    }
    zipf_cdf[LEXICON_SIZE - 1] = 1.0;

    for (i = 0; i < GUIDE_SIZE; i++) {
        int j = i ? zipf_guide[i - 1] : 0;
        while (zipf_cdf[j] < (double)i / GUIDE_SIZE)
            j++;
        zipf_guide[i] = j;
    }
}

static int zipf_pick(void)
{
    double u = (rng32() >> 5) * (1.0 / 134217728.0);
    int k = zipf_guide[(int)(u * GUIDE_SIZE)];

    while (zipf_cdf[k] < u)
        k++;
    return k;
}

static char *generate_text(size_t size)
{
    char *t = malloc(size + 1);
    size_t pos = 0;
    int col = 0, sentence_start = 1;

    if (!t) {
        fprintf(stderr, "word_stats: out of memory\n");
        exit(EXIT_FAILURE);
    }
    while (pos < size) {
        int w = zipf_pick();
        size_t len = lexicon_len[w];
        uint32_t r = rng32();

        if (pos + len + 2 > size)
            break;
        memcpy(t + pos, lexicon[w], len);
        if (sentence_start)
            t[pos] = (char)(t[pos] - 'a' + 'A');
        pos += len;
        col += (int)len;
        sentence_start = 0;
        if ((r & 15) == 0) {
            t[pos++] = punctuation[(r >> 4) % (sizeof punctuation - 1)];
            sentence_start = t[pos - 1] == '.' || t[pos - 1] == '!' || t[pos - 1] == '?';
        }
        if (col > 72) {
            t[pos++] = '\n';
            col = 0;
        } else {
            t[pos++] = ' ';
            col++;
        }
    }
    while (pos < size)
        t[pos++] = ' ';
    t[size] = '\0';
    return t;
}

/* ------------------------------------------------------------------ */
/* Hash table                                                          */
/* ------------------------------------------------------------------ */

static uint32_t hash_word(const char *w, size_t len)
{
    uint32_t h = 2166136261u;
    size_t i;
    for (i = 0; i < len; i++) {
        h ^= (unsigned char)LOWER(w[i]);
        h *= 16777619u;
    }
    return h;
}

static int same_word(const char *a, const char *b, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++)
        if (LOWER(a[i]) != LOWER(b[i]))
            return 0;
    return 1;
}

static void table_init(Table *t, size_t cap)
{
    t->slots = xcalloc(cap, sizeof *t->slots);
    t->cap = cap;
    t->used = 0;
}

static void table_free(Table *t)
{
    free(t->slots);
    t->slots = NULL;
    t->cap = t->used = 0;
}

static Entry *table_slot(Table *t, const char *w, uint32_t len, uint32_t h)
{
    size_t mask = t->cap - 1, i = h & mask;

    while (t->slots[i].word) {
        Entry *e = &t->slots[i];
        if (e->hash == h && e->len == len && same_word(e->word, w, len))
            return e;
        i = (i + 1) & mask;
    }
    return &t->slots[i];
}

static void table_grow(Table *t)
{
    Table bigger;
    size_t i;

    table_init(&bigger, t->cap * 2);
    for (i = 0; i < t->cap; i++) {
        Entry *e = &t->slots[i];
        if (e->word) {
            *table_slot(&bigger, e->word, e->len, e->hash) = *e;
            bigger.used++;
        }
    }
    table_free(t);
    *t = bigger;
}

static void table_add(Table *t, const char *w, uint32_t len, uint32_t h, long n)
{
    Entry *e;

    if ((t->used + 1) * 10 > t->cap * 7)
        table_grow(t);
    e = table_slot(t, w, len, h);
    if (!e->word) {
        e->word = w;
        e->len = len;
        e->hash = h;
        e->count = 0;
        t->used++;
    }
    e->count += n;
}

/* ------------------------------------------------------------------ */
/* Counting                                                            */
/* ------------------------------------------------------------------ */

static void count_chunk(const char *text, Chunk *c)
{
    size_t i = c->begin;

    table_init(&c->table, INITIAL_CAP);
    c->words = c->lines = c->longest = 0;

    while (i < c->end) {
        size_t start;
        if (!IS_ALPHA(text[i])) {
            if (text[i] == '\n')
                c->lines++;
            i++;
            continue;
        }
        start = i;
        while (i < c->end && IS_ALPHA(text[i]))
            i++;
        table_add(&c->table, text + start, (uint32_t)(i - start),
                  hash_word(text + start, i - start), 1);
        c->words++;
        if ((long)(i - start) > c->longest)
            c->longest = (long)(i - start);
        total_tokens++;
        total_letters += (long)(i - start);
    }
}

/* Split so that no word straddles two chunks. */
static void split_chunks(const char *text, size_t size, Chunk *chunks, int n)
{
    size_t pos = 0;
    int k;

    for (k = 0; k < n; k++) {
        size_t end = (k == n - 1) ? size : (size / n) * (size_t)(k + 1);
        if (end < pos)
            end = pos;
        while (end < size && IS_ALPHA(text[end]))
            end++;
        chunks[k].begin = pos;
        chunks[k].end = end;
        pos = end;
    }
}

static int cmp_entry(const void *a, const void *b)
{
    const Entry *x = *(const Entry *const *)a, *y = *(const Entry *const *)b;
    size_t i, m;

    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    m = x->len < y->len ? x->len : y->len;
    for (i = 0; i < m; i++)
        if (LOWER(x->word[i]) != LOWER(y->word[i]))
            return LOWER(x->word[i]) < LOWER(y->word[i]) ? -1 : 1;
    return (int)x->len - (int)y->len;
}

int main(void)
{
    static Chunk chunks[NCHUNKS];
    Table merged;
    Entry **order;
    char *text;
    long words = 0, lines = 0, longest = 0;
    size_t i, n;
    int k;
    uint32_t digest = 0;

    build_lexicon();
    text = generate_text(TEXT_SIZE);
    split_chunks(text, TEXT_SIZE, chunks, NCHUNKS);

    for (k = 0; k < NCHUNKS; k++)
        count_chunk(text, &chunks[k]);

    table_init(&merged, INITIAL_CAP);
    for (k = 0; k < NCHUNKS; k++) {
        Table *t = &chunks[k].table;
        for (i = 0; i < t->cap; i++)
            if (t->slots[i].word)
                table_add(&merged, t->slots[i].word, t->slots[i].len,
                          t->slots[i].hash, t->slots[i].count);
        words += chunks[k].words;
        lines += chunks[k].lines;
        if (chunks[k].longest > longest)
            longest = chunks[k].longest;
        digest = digest * 2654435761u + (uint32_t)chunks[k].table.used;
    }

    order = malloc(merged.used * sizeof *order);
    if (!order) {
        fprintf(stderr, "word_stats: out of memory\n");
        return EXIT_FAILURE;
    }
    for (i = 0, n = 0; i < merged.cap; i++)
        if (merged.slots[i].word)
            order[n++] = &merged.slots[i];
    qsort(order, n, sizeof *order, cmp_entry);

    printf("text %u bytes, %ld words, %ld lines, %zu distinct, longest %ld\n",
           TEXT_SIZE, words, lines, n, longest);
    printf("tokens %ld letters %ld (avg %.4f), chunk digest %08x\n",
           total_tokens, total_letters, (double)total_letters / (double)total_tokens,
           (unsigned)digest);
    for (i = 0; i < TOP_N && i < n; i++) {
        char buf[MAX_WORD + 1];
        size_t j, len = order[i]->len < MAX_WORD ? order[i]->len : MAX_WORD;
        for (j = 0; j < len; j++)
            buf[j] = LOWER(order[i]->word[j]);
        buf[len] = '\0';
        printf("%2zu. %-14s %9ld\n", i + 1, buf, order[i]->count);
    }
    {
        uint32_t h = 0;
        for (i = 0; i < n; i++)
            h = (h ^ hash_word(order[i]->word, order[i]->len)) * 16777619u + (uint32_t)order[i]->count;
        printf("full ranking hash %08x\n", (unsigned)h);
    }

    free(order);
    table_free(&merged);
    for (k = 0; k < NCHUNKS; k++)
        table_free(&chunks[k].table);
    free(text);
    return 0;
}
