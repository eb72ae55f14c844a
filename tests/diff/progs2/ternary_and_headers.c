/* ternary_and_headers.c — delayed calls in a ternary (only one side must run),
 * in a `for` init and increment (`for (k = f(0); k < 50; k = f(k))`), in a
 * while condition with an assignment (`while ((r = step(r)) > 1)`), as an
 * array index, and inside `return` of a comparison. */
#include <stdio.h>
#include "delayed.h"

static int calls_a, calls_b;

DELAYED int nxt(int k) { return k * 2 + 1; }
DELAYED int step(int r) { return r % 2 ? 3 * r + 1 : r / 2; }
DELAYED int idx(int k) { return k % 5; }

static int side_a(int x) { calls_a++; return x + 1; }
static int side_b(int x) { calls_b++; return x - 1; }

static int bigger(int a, int b) { return nxt(a) > nxt(b); }

int main(void)
{
    int t[6];
    for (int i = 0; i < 6; i++)
        t[i] = (i % 2) ? nxt(side_a(i)) : nxt(side_b(i));

    int seq[10], n = 0;
    for (int k = nxt(0); k < 200 && n < 10; k = nxt(k))
        seq[n++] = k;

    int r = 27, steps = 0;
    while ((r = step(r)) > 1)
        steps++;

    int hist[5] = { 0 };
    for (int i = 0; i < 12; i++)
        hist[idx(i * 3)]++;

    printf("t=%d %d %d %d %d %d calls=%d/%d\n", t[0], t[1], t[2], t[3], t[4], t[5], calls_a, calls_b);
    for (int i = 0; i < n; i++)
        printf("%d ", seq[i]);
    printf("\nsteps=%d hist=%d %d %d %d %d bigger=%d\n", steps, hist[0], hist[1], hist[2], hist[3], hist[4], bigger(3, 2));
    return 0;
}
