/* tree_sum_cutoff.c — a binary tree built by ordinary recursive code (malloc),
 * then a recursive delayed sum and a recursive delayed depth over `const struct
 * tree *` with DELAYED_CUTOFF on a depth parameter, and an ordinary free. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

struct tree { int v; struct tree *l, *r; };

static struct tree *build(int depth, int *next)
{
    if (depth == 0)
        return NULL;
    struct tree *t = malloc(sizeof *t);
    if (!t)
        exit(1);
    t->v = (*next)++ % 97;
    t->l = build(depth - 1, next);
    t->r = build(depth - 2 > 0 ? depth - 2 : depth - 1, next);
    return t;
}

static void release(struct tree *t)
{
    if (!t)
        return;
    release(t->l);
    release(t->r);
    free(t);
}

DELAYED DELAYED_CUTOFF(d > 6)
long tsum(DELAYED_IN const struct tree *t, int d)
{
    if (!t)
        return 0;
    long a = tsum(t->l, d + 1);
    long b = tsum(t->r, d + 1);
    return a + b + t->v;
}

DELAYED DELAYED_CUTOFF(d > 6)
int tdepth(DELAYED_IN const struct tree *t, int d)
{
    if (!t)
        return 0;
    int a = tdepth(t->l, d + 1);
    int b = tdepth(t->r, d + 1);
    return 1 + (a > b ? a : b);
}

int main(void)
{
    int next = 1;
    struct tree *t = build(16, &next);
    long s = tsum(t, 0);
    int d = tdepth(t, 0);
    printf("nodes=%d sum=%ld depth=%d\n", next - 1, s, d);
    release(t);
    return 0;
}
