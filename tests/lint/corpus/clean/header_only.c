/* header_only.c — existing code that already includes delayed.h (ready for
 * annotations) but marks nothing DELAYED yet: globals, pointer writes, a big
 * struct by value, a million-iteration loop of a tiny function.  Nothing is a
 * task, so there is no finding. */
#include <stdio.h>
#include "delayed.h"

#define N 1000000

struct table {
    double v[1024];
};

static long hits;

static double tiny(double x) { return x * 0.5; }

static void bump(int *p)
{
    (*p)++;
    hits++;
}

static double first(struct table t) { return t.v[0] + t.v[1023]; }

int main(void)
{
    static double out[N];
    struct table t = { { 1.0 } };
    int count = 0;
    for (int i = 0; i < N; i++) {
        out[i] = tiny(i);
        bump(&count);
    }
    printf("%.1f %d %ld %.1f\n", out[N - 1], count, hits, first(t));
    return 0;
}
