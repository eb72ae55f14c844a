/* error_paths.c — error handling around tasks: a helper spawns validation tasks
 * then `if (!ok) return -1;` on their results; a loader with `goto fail`
 * cleanup that frees malloc'd buffers still read by pending tasks; an early exit
 * from a nested loop (`goto done`) once a task result says "found"; the
 * program's exit status depends on which path was taken. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED_PURE int valid(int x) { return x >= 0 && x < 1000; }

DELAYED long checksum(DELAYED_IN_N(n) const int *a, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s = (s * 31 + a[i]) % 1000003;
    return s;
}

DELAYED void scale(DELAYED_INOUT_N(n) int *a, int n, int k)
{
    for (int i = 0; i < n; i++)
        a[i] *= k;
}

DELAYED_PURE int matches(int r, int c, int target) { return r * 17 + c * 3 == target; }

static int validate(const int *vals, int n)
{
    int ok[16];
    for (int i = 0; i < n; i++)
        ok[i] = valid(vals[i]);
    for (int i = 0; i < n; i++)
        if (!ok[i])
            return -1;
    return 0;
}

static long load(int n, int fail_at)
{
    long result = -1;
    int *a = malloc((size_t)n * sizeof *a);
    int *b = NULL;
    if (!a)
        goto fail;
    for (int i = 0; i < n; i++)
        a[i] = i * 7 % 13;
    long ca = checksum(a, n);
    scale(a, n, 3);
    b = malloc((size_t)n * sizeof *b);
    if (!b)
        goto fail;
    for (int i = 0; i < n; i++)
        b[i] = i;
    long cb = checksum(b, n);
    if (fail_at == 1)
        goto fail;
    long ca2 = checksum(a, n);
    if (ca2 == ca && fail_at == 2)
        goto fail;
    result = ca + cb + ca2;
fail:
    free(b);
    free(a);
    return result;
}

static int find(int target, int *row, int *col)
{
    for (int r = 0; r < 20; r++)
        for (int c = 0; c < 20; c++) {
            int m = matches(r, c, target);
            if (m) {
                *row = r;
                *col = c;
                goto done;
            }
        }
    return 0;
done:
    return 1;
}

int main(void)
{
    int good[8] = { 1, 2, 3, 999, 0, 5, 6, 7 };
    int bad[8] = { 1, 2, 3, 1000, 0, 5, 6, 7 };
    int v1 = validate(good, 8), v2 = validate(bad, 8);
    printf("validate good=%d bad=%d\n", v1, v2);
    for (int f = 0; f < 3; f++)
        printf("load(fail_at=%d) = %ld\n", f, load(500, f));
    int r = -1, c = -1;
    int found = find(100, &r, &c);
    printf("find 100: %d at (%d,%d)\n", found, r, c);
    found = find(10000, &r, &c);
    printf("find 10000: %d\n", found);
    return v2 == -1 ? 3 : 0;
}
