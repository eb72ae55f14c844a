/* named_tasks.c — covers: DELAYED_NAME("...") labels on delayed functions (alone with
 * DELAYED, combined with DELAYED_PURE, on a void function with an OUT buffer),
 * which must not change behaviour. */
#include <stdio.h>
#include "delayed.h"

DELAYED DELAYED_NAME("load") int load(int id) { return id * 100 + 1; }

DELAYED_PURE DELAYED_NAME("clean") int clean(int raw) { return raw % 97; }

DELAYED DELAYED_NAME("expand")
void expand(int seed, DELAYED_OUT_N(n) int *dst, int n)
{
    for (int i = 0; i < n; i++)
        dst[i] = seed + i * i;
}

DELAYED DELAYED_NAME("analyze") long analyze(DELAYED_IN_N(n) const int *v, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += v[i] % 13;
    return s;
}

int main(void)
{
    int parts[8][16];
    long res[8];
    for (int k = 0; k < 8; k++) {
        int raw = load(k);
        int c = clean(raw);
        expand(c, parts[k], 16);
        res[k] = analyze(parts[k], 16);
    }
    long total = 0;
    for (int k = 0; k < 8; k++) {
        printf("part %d: %ld\n", k, res[k]);
        total += res[k];
    }
    printf("total=%ld\n", total);
    return 0;
}
