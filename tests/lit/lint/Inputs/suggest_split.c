/* suggest_split.c — loops whose calls feed a fold in order (lit input:
 * lint/suggest-split.test).  Each iteration needs the one before (a hash, an
 * argmax, a running print), but the calls do not: suggest splits the loop, the
 * calls first into an array, then the rest.  The loops at the end cannot be
 * split, each for its own reason. */
#include <stdio.h>
#include <stdlib.h>

#define NARGS 1500

static long long steps_total;   /* updated by every call: in any order */
static int last_seed;           /* written by a call: keeps its loop whole */

/* a small interpreter-like kernel: a few microseconds, irregular */
static long collatz_len(long x)
{
    long n = 0;
    for (int k = 0; k < 1500; k++) {
        x = (x * 1103515245 + 12345) % 2147483648;
        if ((x >> 3) % 7 == 0)
            n++;
    }
    if (n < 0) {                /* the same words from any call: its tasks need no order for them */
        fprintf(stderr, "collatz: overflow\n");
        exit(EXIT_FAILURE);
    }
    steps_total += n & 1023;
    return n;
}

/* the same kernel, once for each loop that cannot be split */
static long probe_len(long x)
{
    long n = 0;
    for (int k = 0; k < 1500; k++) {
        x = (x * 1103515245 + 7) % 2147483648;
        n += (x >> 5) & 1;
    }
    return n;
}

static long walk_len(long x)
{
    long n = 0;
    for (int k = 0; k < 1500; k++) {
        x = (x * 1103515245 + 5) % 2147483648;
        n += (x >> 5) & 1;
    }
    return n;
}

static long mix_len(long x)
{
    long n = 0;
    for (int k = 0; k < 1500; k++) {
        x = (x * 1103515245 + 11) % 2147483648;
        n += (x >> 7) & 1;
    }
    return n;
}

static double weight(int i)
{
    double s = 0;
    for (int k = 1; k < 400; k++) s += (double)((i * k) % 17) / k;
    return s;
}

static long seeded(int i)
{
    last_seed = i;
    long s = 0;
    for (int k = 0; k < 2000; k++) s += (i ^ k) % 7;
    return s;
}

int main(void)
{
    unsigned long h = 5381;
    long best = -1, best_arg = -1;
    int arg;

    /* split: a hash, an argmax */
    for (arg = 0; arg < NARGS; arg++) {
        long r = collatz_len(arg);
        h = h * 33u + (unsigned long)r;
        if (r > best) {
            best = r;
            best_arg = arg;
        }
    }
    printf("hash %016lx best %ld at %ld, after the loop arg = %d\n", h, best, best_arg, arg);

    /* split: two calls, a running print, a continue, a start of 1 and <= */
    double run = 0;
    for (int i = 1; i <= 400; i++) {
        double w = weight(i);
        long c = mix_len(i * 11);
        if (c % 5 == 0)
            continue;
        run += w;
        if (i % 40 == 0)
            printf("%d %.3f %ld\n", i, run, c);
    }

    /* not split: the rest leaves the loop early */
    long first_big = -1;
    for (int i = 0; i < 2000; i++) {
        long c = probe_len(i * 3);
        if (c > 800) {
            first_big = i;
            break;
        }
    }
    printf("first big %ld\n", first_big);

    /* not split: the rest writes what the call's argument reads */
    long x = 1;
    for (int i = 0; i < 2000; i++) {
        long c = walk_len(x);
        x = x + (c & 3) + 1;
    }
    printf("x %ld\n", x);

    /* not split: the call writes a global */
    unsigned long acc = 0;
    for (int i = 0; i < 300; i++) {
        long s = seeded(i);
        acc = acc * 3 + (unsigned long)s;
    }
    printf("acc %lu seed %d steps %lld\n", acc, last_seed, steps_total);

    /* not split: a call in the call's arguments would run first, unchecked */
    unsigned long fold = 0;
    for (int i = 0; i < 1500; i++) {
        long c = mix_len((long)weight(i));
        fold = fold * 3 + (unsigned long)c;
    }
    printf("fold %lu\n", fold);
    return 0;
}
