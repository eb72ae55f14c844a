/* column_stats.c — `df.describe()` by hand: a `double data[R][C]` table,
 * per-column statistics (mean, min, max) computed by delayed tasks that read the
 * whole table (DELAYED_IN_N(R) on a pointer to rows) and return a struct by
 * value into `stats[c]`; a column-normalized copy written by row-block tasks
 * that read the stats array (IN_N(C)); then row sums. Structs results are
 * stored in an array and used both by tasks and by printf. */
#include <stdio.h>
#include "delayed.h"

#define R 120
#define C 6

struct colstat {
    double mean, lo, hi;
};

DELAYED struct colstat describe(DELAYED_IN_N(R) const double (*t)[C], int c)
{
    struct colstat s = { 0, t[0][c], t[0][c] };
    for (int r = 0; r < R; r++) {
        double v = t[r][c];
        s.mean += v;
        if (v < s.lo)
            s.lo = v;
        if (v > s.hi)
            s.hi = v;
    }
    s.mean /= R;
    return s;
}

DELAYED void normalize_rows(DELAYED_IN_N(10) const double (*src)[C], DELAYED_IN_N(C) const struct colstat *st,
                            DELAYED_OUT_N(10) double (*dst)[C])
{
    for (int r = 0; r < 10; r++)
        for (int c = 0; c < C; c++) {
            double span = st[c].hi - st[c].lo;
            dst[r][c] = span > 0 ? (src[r][c] - st[c].mean) / span : 0.0;
        }
}

DELAYED_PURE double row_total(DELAYED_IN_N(C) const double *row)
{
    double s = 0;
    for (int c = 0; c < C; c++)
        s += row[c];
    return s;
}

int main(void)
{
    static double data[R][C], norm[R][C];
    struct colstat stats[C];
    double totals[R];
    unsigned seed = 12345u;
    for (int r = 0; r < R; r++)
        for (int c = 0; c < C; c++) {
            seed = seed * 1103515245u + 12345u;
            data[r][c] = (double)((seed >> 16) % 1000) / 10.0 + c * 5.0;
        }
    for (int c = 0; c < C; c++)
        stats[c] = describe((const double (*)[C])data, c);
    for (int b = 0; b < R / 10; b++)
        normalize_rows((const double (*)[C])&data[b * 10], stats, &norm[b * 10]);
    for (int r = 0; r < R; r++)
        totals[r] = row_total(norm[r]);

    for (int c = 0; c < C; c++)
        printf("col %d: mean %8.3f min %7.2f max %7.2f\n", c, stats[c].mean, stats[c].lo, stats[c].hi);
    double t = 0, tmax = totals[0];
    int arg = 0;
    for (int r = 0; r < R; r++) {
        t += totals[r];
        if (totals[r] > tmax) {
            tmax = totals[r];
            arg = r;
        }
    }
    printf("sum of normalized = %.9f, max row %d (%.6f)\n", t, arg, tmax);
    return 0;
}
