/*
 * word_distance.c - fuzzy matching of generated identifiers against the
 * keyword list of the old spelling checker.
 *
 * A list of pseudo-words is built from a syllable table, every word is
 * normalised and compared against each keyword with the classic
 * Levenshtein edit distance, the closest keyword is remembered, and the
 * ten closest words overall are reported together with a few statistics
 * over the word list.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef NWORDS
#define NWORDS 16000
#endif
#ifndef MIN_SYLL
#define MIN_SYLL 3
#endif
#ifndef MAX_SYLL
#define MAX_SYLL 9
#endif
#ifndef TOPN
#define TOPN 10
#endif

#define WORD_MAX   32
#define PAT_MAX    24
#define HASH_SLOTS 65536u
#define NO_MATCH   (-1)

static const char *const syllables[] = {
    "an", "ber", "cal", "do", "el", "fra", "gin", "ho", "is", "jun",
    "ka", "lor", "men", "no", "ost", "pre", "qui", "ras", "sto", "tri",
    "ul", "ven", "wa", "xi", "yor", "ze", "ment", "tion", "ing", "er",
};
#define NSYLL ((unsigned)(sizeof syllables / sizeof syllables[0]))

static const char *const keywords[] = {
    "abstraction", "allocation", "boundary", "calibration", "definition",
    "distribution", "elementary", "frequency", "generation", "horizontal",
    "integration", "jurisdiction", "kilometer", "laboratory", "measurement",
    "nomination", "observation", "preservation", "quantization", "registration",
    "separation", "transmission", "understanding", "ventilation", "wavelength",
    "xenophobia", "yesterday", "zoological", "calendar", "presentation",
    "termination", "restoration", "information", "tolerance", "variation",
    "mentor", "generator", "interpreter", "translation", "conversation",
    "accelerator", "bandwidth", "coordinate", "decoration", "endorsement",
    "fragmentation", "government", "hibernation", "illustration", "journalism",
    "kindergarten", "legislation", "manipulation", "navigation", "orientation",
    "permutation", "questionnaire", "recreation", "subscription", "temperature",
    "underwriter", "vocabulary", "warranty", "yachtsman",
};
#define NKEYWORDS ((int)(sizeof keywords / sizeof keywords[0]))

static char     words[NWORDS][WORD_MAX];
static int      dist[NWORDS];
static int      best_kw[NWORDS];
static uint32_t rng = 0x2545f491u;

/* ------------------------------------------------------------------ */

static void die(const char *msg)
{
    fprintf(stderr, "word_distance: %s\n", msg);
    exit(EXIT_FAILURE);
}

static uint32_t xorshift32(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

/* Build NWORDS words of MIN_SYLL..MAX_SYLL syllables; some are capitalised. */
static void generate_words(void)
{
    int i, k, nsyl;
    size_t len;

    for (i = 0; i < NWORDS; i++) {
        words[i][0] = '\0';
        len = 0;
        nsyl = MIN_SYLL + (int)(xorshift32() % (MAX_SYLL - MIN_SYLL + 1));
        for (k = 0; k < nsyl; k++) {
            const char *s = syllables[xorshift32() % NSYLL];
            size_t sl = strlen(s);
            if (len + sl >= WORD_MAX)
                break;                      /* word is full */
            memcpy(words[i] + len, s, sl + 1);
            len += sl;
        }
        if (xorshift32() % 4u == 0)
            words[i][0] = (char)toupper((unsigned char)words[i][0]);
        if (xorshift32() % 50u == 0)
            words[i][len - 1] = '-';          /* "broken" entry */
    }
}

/*
 * Lower-case copy of a word.  Returns NULL for entries that are not
 * plain words (digits, hyphens, ...).  The result lives in a static
 * buffer that is overwritten by the next call.
 */
static const char *normalise(const char *w)
{
    static char buf[WORD_MAX];
    size_t n = 0;

    while (w[n] != '\0' && n < WORD_MAX - 1) {
        if (!isalpha((unsigned char)w[n]))
            return NULL;
        buf[n] = (char)tolower((unsigned char)w[n]);
        n++;
    }
    buf[n] = '\0';
    return buf;
}

static int min3(int a, int b, int c)
{
    int m = a < b ? a : b;
    return m < c ? m : c;
}

/*
 * Edit distance (Levenshtein plus adjacent transpositions, the "optimal
 * string alignment" variant) with a full (m+1) x (n+1) table.
 */
static int edit_distance(const char *a, const char *b)
{
    int d[WORD_MAX + 1][PAT_MAX + 1];
    int m = (int)strlen(a), n = (int)strlen(b);
    int i, j;

    if (m > WORD_MAX || n > PAT_MAX)
        die("string too long for edit table");

    for (i = 0; i <= m; i++)
        d[i][0] = i;
    for (j = 0; j <= n; j++)
        d[0][j] = j;
    for (i = 1; i <= m; i++) {
        for (j = 1; j <= n; j++) {
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]
                && d[i - 2][j - 2] + 1 < d[i][j])
                d[i][j] = d[i - 2][j - 2] + 1;
        }
    }
    return d[m][n];
}

/* Closest keyword for every word; broken entries get NO_MATCH. */
static void match_all(int *out, int *which)
{
    int i, k;

    for (i = 0; i < NWORDS; i++) {
        const char *w = normalise(words[i]);
        int best = WORD_MAX + PAT_MAX, bk = -1;

        if (w == NULL) {
            out[i] = NO_MATCH;
            which[i] = -1;
            continue;
        }
        for (k = 0; k < NKEYWORDS; k++) {
            int e = edit_distance(w, keywords[k]);
            if (e < best) {
                best = e;
                bk = k;
            }
        }
        out[i] = best;
        which[i] = bk;
    }
}

static uint32_t fnv_str(const char *s)
{
    uint32_t h = 2166136261u;

    while (*s)
        h = (h ^ (unsigned char)tolower((unsigned char)*s++)) * 16777619u;
    return h;
}

/* Count distinct words (case-insensitive) with an open-addressing set. */
static int count_distinct(void)
{
    static int slot[HASH_SLOTS];
    int i, distinct = 0;
    uint32_t h;

    for (h = 0; h < HASH_SLOTS; h++)
        slot[h] = -1;
    for (i = 0; i < NWORDS; i++) {
        h = fnv_str(words[i]) & (HASH_SLOTS - 1);
        while (slot[h] >= 0) {
            const char *a = words[slot[h]], *b = words[i];
            while (*a && tolower((unsigned char)*a) == tolower((unsigned char)*b)) {
                a++;
                b++;
            }
            if (*a == '\0' && *b == '\0')
                break;
            h = (h + 1) & (HASH_SLOTS - 1);
        }
        if (slot[h] < 0) {
            slot[h] = i;
            distinct++;
        }
    }
    return distinct;
}

int main(void)
{
    unsigned long letters[26];
    int chosen[NWORDS > TOPN ? TOPN : NWORDS];
    int nchosen, i, t, broken = 0, distinct;
    long total = 0;
    const char *p;

    if (NWORDS < 1 || MIN_SYLL < 1 || MAX_SYLL < MIN_SYLL || NWORDS > (int)(HASH_SLOTS / 2))
        die("bad configuration");

    generate_words();
    match_all(dist, best_kw);

    memset(letters, 0, sizeof letters);
    for (i = 0; i < NWORDS; i++) {
        if (dist[i] == NO_MATCH) {
            broken++;
            continue;
        }
        total += dist[i];
        for (p = words[i]; *p; p++)
            letters[tolower((unsigned char)*p) - 'a']++;
    }
    distinct = count_distinct();

    /* selection of the TOPN smallest distances, ties by lower index */
    nchosen = NWORDS > TOPN ? TOPN : NWORDS;
    for (t = 0; t < nchosen; t++) {
        int bi = -1;
        for (i = 0; i < NWORDS; i++) {
            int j, used = 0;
            if (dist[i] == NO_MATCH)
                continue;
            for (j = 0; j < t; j++)
                if (chosen[j] == i)
                    used = 1;
            if (used)
                continue;
            if (bi < 0 || dist[i] < dist[bi])
                bi = i;
        }
        if (bi < 0)
            break;
        chosen[t] = bi;
    }
    nchosen = t;

    printf("words %d, distinct %d, broken %d, keywords %d\n", NWORDS, distinct, broken, NKEYWORDS);
    printf("mean distance %.4f\n", NWORDS > broken ? (double)total / (NWORDS - broken) : 0.0);
    printf("letters:");
    for (i = 0; i < 26; i++)
        printf(" %c=%lu", 'a' + i, letters[i]);
    printf("\n");
    for (t = 0; t < nchosen; t++)
        printf("%2d. %-28s -> %-14s d=%d (#%d)\n", t + 1, words[chosen[t]],
               keywords[best_kw[chosen[t]]], dist[chosen[t]], chosen[t]);
    return 0;
}
