/* suggest_split_heap.c — loops whose bound is known only at run time (a
 * parameter): the arrays of results are allocated, and where there is no
 * memory for them the loop runs as written (lit input: lint/suggest-split.test). */
#include <stdio.h>
#include <stdlib.h>

typedef struct Prog { const char *name; int len; long *code; } Prog;

static long run_prog(const Prog *p, long arg)
{
    long acc = arg;
    for (int k = 0; k < 2000; k++)
        acc = (acc * 31 + p->code[k % p->len]) % 1000003;
    return acc;
}

static double score(const double *row, int m)
{
    double s = 0;
    for (int j = 0; j < m; j++) s += row[j] * (j % 7);
    return s;
}

static void report(const Prog *p, int n, const double *data, int m)
{
    unsigned long h = 7;
    long best = -1;
    for (int i = 0; i < n; i++) {
        long r = run_prog(p, i);
        h = h * 31 + (unsigned long)r;
        if (r > best) best = r;
    }
    printf("%s: hash %lu best %ld\n", p->name, h, best);
    double run = 0;
    for (int i = 0; i < n; i++) {
        double s = score(data + (size_t)i * m, m);
        run = run * 0.5 + s;
        if (i % 100 == 0) printf("%d %.3f\n", i, run);
    }
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 1500, m = 2000;
    long code[5] = {3, 1, 4, 1, 5};
    Prog p = {"five", 5, code};
    double *data = malloc(sizeof *data * (size_t)n * m);
    if (!data) return 1;
    for (long i = 0; i < (long)n * m; i++) data[i] = (double)(i % 13);
    report(&p, n, data, m);
    free(data);
    return 0;
}
