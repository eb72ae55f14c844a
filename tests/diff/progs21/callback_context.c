/* A `void *` context handed to a callback the task calls through a pointer
 * (blind 67b): `each(n, cb, &c)` with `c` a local struct holding `&total`
 * (or a local array), `cb` converting the context back.  The task depended
 * on `c` alone, and main printed `total` before the task wrote it: `0 100 0`
 * for `45 55 90`, even at one thread.  A `void *` handed to a function
 * through a pointer may be converted to anything: it reaches what the data's
 * pointers reach.  A context of plain numbers, and a heap context, also. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { int *lo, *hi; } Pair;
typedef struct { int *acc; } Ctx;

static void bump(void *ctx, int v) { Pair *p = ctx; *p->lo += v; *p->hi -= v; }
static void add_int(void *ctx, int v) { int *p = ctx; *p += v; }
static void add_at(void *ctx, int v) { Ctx *c = ctx; c->acc[v % 4] += v; }

DELAYED void each(int n, void (*cb)(void *, int), void *ctx) {
    for (int i = 0; i < n; i++) cb(ctx, i);
}
DELAYED int twice(int x) { return 2 * x; }

int main(void) {
    int a = 0, b = 100;
    Pair p = {&a, &b};
    each(10, bump, &p);
    int t = twice(a);
    printf("pair %d %d %d\n", a, b, t);

    int total = 0;
    each(10, add_int, &total);
    printf("int %d\n", total);

    int arr[4] = {0};
    Ctx lc = {arr};
    each(10, add_at, &lc);
    printf("local %d %d %d %d\n", arr[0], arr[1], arr[2], arr[3]);

    int *h = calloc(4, sizeof *h);
    Ctx *hc = malloc(sizeof *hc);
    if (!h || !hc) return 1;
    hc->acc = h;
    each(12, add_at, hc);
    each(12, add_at, hc);
    printf("heap %d %d %d %d\n", h[0], h[1], h[2], h[3]);
    free(h);
    free(hc);
    return 0;
}
