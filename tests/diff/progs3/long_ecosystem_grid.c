/* long_ecosystem_grid.c — a long, realistic scientific program ported from a
 * numpy/dask notebook: a predator/prey reaction-diffusion model on
 * `double prey[NY][NX], pred[NY][NX]` grids; per row-block tasks with
 * DELAYED_IN_N halos (pointer-to-rows) and DELAYED_OUT_N outputs; two grid
 * pairs alternated by step parity; per-block statistics returned as structs
 * into an array; a convergence loop whose condition reads reduced results;
 * a histogram of cell classes indexed by a DELAYED_PURE classifier;
 * `restrict` helpers; `long double` global totals; results used as loop bounds
 * (number of diagnostic rows); a `do { } while` on a result; prints only from
 * ordinary code. */
#include <stdio.h>
#include "delayed.h"

#define NY 48
#define NX 40
#define RB 8
#define NBLK (NY / RB)

struct blkstat {
    double prey_sum, pred_sum;
    double prey_max;
    int hot_cells;
};

static inline int wrap(int i, int n) { return (i + n) % n; }

DELAYED void react_block(DELAYED_IN_N(NY) const double (*a)[NX], DELAYED_IN_N(NY) const double (*b)[NX], int r0,
                         DELAYED_OUT_N(RB) double (*a2)[NX], DELAYED_OUT_N(RB) double (*b2)[NX])
{
    const double da = 0.12, db = 0.05, grow = 0.04, eat = 0.08, die = 0.03, dt = 0.5;
    for (int r = 0; r < RB; r++) {
        int y = r0 + r, yu = wrap(y - 1, NY), yd = wrap(y + 1, NY);
        for (int x = 0; x < NX; x++) {
            int xl = wrap(x - 1, NX), xr = wrap(x + 1, NX);
            double la = a[yu][x] + a[yd][x] + a[y][xl] + a[y][xr] - 4 * a[y][x];
            double lb = b[yu][x] + b[yd][x] + b[y][xl] + b[y][xr] - 4 * b[y][x];
            double A = a[y][x], B = b[y][x];
            double na = A + dt * (da * la + grow * A * (1 - A) - eat * A * B);
            double nb = B + dt * (db * lb + eat * A * B * 0.6 - die * B);
            a2[r][x] = na < 0 ? 0 : na;
            b2[r][x] = nb < 0 ? 0 : nb;
        }
    }
}

DELAYED struct blkstat block_stats(DELAYED_IN_N(RB) const double (*a)[NX], DELAYED_IN_N(RB) const double (*b)[NX])
{
    struct blkstat s = { 0, 0, 0, 0 };
    for (int r = 0; r < RB; r++)
        for (int x = 0; x < NX; x++) {
            s.prey_sum += a[r][x];
            s.pred_sum += b[r][x];
            if (a[r][x] > s.prey_max)
                s.prey_max = a[r][x];
            s.hot_cells += b[r][x] > 0.3;
        }
    return s;
}

DELAYED_PURE int classify(double prey, double pred)
{
    int c = prey > 0.5 ? 2 : prey > 0.1 ? 1 : 0;
    return c * 3 + (pred > 0.3 ? 2 : pred > 0.05 ? 1 : 0);
}

DELAYED_PURE double change(DELAYED_IN_N(NX) const double *u, DELAYED_IN_N(NX) const double *v)
{
    double m = 0;
    for (int x = 0; x < NX; x++) {
        double d = u[x] - v[x];
        if (d < 0)
            d = -d;
        if (d > m)
            m = d;
    }
    return m;
}

DELAYED_PURE int diag_rows(double total) { return 1 + (int)(total / 400.0) % 4; }

static void seed_grid(double (*restrict a)[NX], double (*restrict b)[NX])
{
    unsigned s = 77u;
    for (int y = 0; y < NY; y++)
        for (int x = 0; x < NX; x++) {
            s = s * 1103515245u + 12345u;
            a[y][x] = 0.3 + ((s >> 16) % 100) / 250.0;
            b[y][x] = ((x - NX / 2) * (x - NX / 2) + (y - NY / 2) * (y - NY / 2) < 30) ? 0.5 : 0.02;
        }
}

static void step(const double (*a)[NX], const double (*b)[NX], double (*a2)[NX], double (*b2)[NX])
{
    for (int k = 0; k < NBLK; k++)
        react_block(a, b, k * RB, &a2[k * RB], &b2[k * RB]);
}

static long double collect(double (*a)[NX], double (*b)[NX], struct blkstat *st_out)
{
    struct blkstat st[NBLK];
    for (int k = 0; k < NBLK; k++)
        st[k] = block_stats((const double (*)[NX])&a[k * RB], (const double (*)[NX])&b[k * RB]);
    long double tot = 0;
    struct blkstat all = { 0, 0, 0, 0 };
    for (int k = 0; k < NBLK; k++) {
        tot += st[k].prey_sum + st[k].pred_sum;
        all.prey_sum += st[k].prey_sum;
        all.pred_sum += st[k].pred_sum;
        all.hot_cells += st[k].hot_cells;
        if (st[k].prey_max > all.prey_max)
            all.prey_max = st[k].prey_max;
    }
    *st_out = all;
    return tot;
}

DELAYED void coarsen_rows(DELAYED_IN_N(2) const double (*src)[NX], DELAYED_OUT_N(NX / 2) double *dst)
{
    for (int x = 0; x < NX / 2; x++)
        dst[x] = 0.25 * (src[0][2 * x] + src[0][2 * x + 1] + src[1][2 * x] + src[1][2 * x + 1]);
}

DELAYED_PURE double row_autocorr(DELAYED_IN_N(NX / 2) const double *row, int lag)
{
    double mean = 0, num = 0, den = 0;
    for (int x = 0; x < NX / 2; x++)
        mean += row[x];
    mean /= NX / 2;
    for (int x = 0; x < NX / 2; x++) {
        double d = row[x] - mean;
        den += d * d;
        if (x + lag < NX / 2)
            num += d * (row[x + lag] - mean);
    }
    return den > 0 ? num / den : 0.0;
}

int main(void)
{
    static double a[NY][NX], b[NY][NX], a2[NY][NX], b2[NY][NX];
    double rowchg[NY];
    seed_grid(a, b);
    int t = 0;
    double delta = 1.0;
    long double history = 0;
    while (delta > 1e-3 && t < 60) {
        if (t % 2 == 0) {
            step((const double (*)[NX])a, (const double (*)[NX])b, a2, b2);
            for (int y = 0; y < NY; y++)
                rowchg[y] = change(a[y], a2[y]);
        } else {
            step((const double (*)[NX])a2, (const double (*)[NX])b2, a, b);
            for (int y = 0; y < NY; y++)
                rowchg[y] = change(a2[y], a[y]);
        }
        delta = 0;
        for (int y = 0; y < NY; y++)
            if (rowchg[y] > delta)
                delta = rowchg[y];
        t++;
        if (t % 10 == 0) {
            struct blkstat all;
            long double tot = (t % 2) ? collect(a2, b2, &all) : collect(a, b, &all);
            history += tot;
            printf("t=%2d delta=%.6f prey=%.5f pred=%.5f max=%.5f hot=%d\n", t, delta, all.prey_sum, all.pred_sum,
                   all.prey_max, all.hot_cells);
        }
    }
    double (*fa)[NX] = (t % 2) ? a2 : a;
    double (*fb)[NX] = (t % 2) ? b2 : b;
    int hist[9] = { 0 };
    for (int y = 0; y < NY; y++)
        for (int x = 0; x < NX; x++)
            hist[classify(fa[y][x], fb[y][x])]++;
    printf("after %d steps (delta %.6f), history %.6Lf\n", t, delta, history);
    for (int c = 0; c < 9; c++)
        printf("class %d: %d\n", c, hist[c]);
    struct blkstat fin;
    long double ftot = collect(fa, fb, &fin);
    int nd = diag_rows((double)ftot);
    for (int i = 0; i < nd; i++) {
        int y = (i * 13) % NY;
        printf("row %2d: prey[0]=%.6f pred[0]=%.6f\n", y, fa[y][0], fb[y][0]);
    }
    int k = 0;
    do {
        k++;
    } while (diag_rows((double)ftot + k * 100.0) == nd && k < 8);
    printf("total %.6Lf diag rows %d, stable for %d more\n", ftot, nd, k);

    /* phase 2: coarse-grained copy of the final prey field and its row autocorrelation */
    static double snap[NY][NX], coarse[NY / 2][NX / 2];
    for (int y = 0; y < NY; y++)
        for (int x = 0; x < NX; x++)
            snap[y][x] = fa[y][x];
    for (int y = 0; y < NY / 2; y++)
        coarsen_rows((const double (*)[NX])&snap[2 * y], coarse[y]);
    double ac[NY / 2][3];
    double acsum[3] = { 0, 0, 0 };
    for (int y = 0; y < NY / 2; y++) {
        double r1 = row_autocorr(coarse[y], 1);
        double r2 = row_autocorr(coarse[y], 2);
        double r3 = row_autocorr(coarse[y], 3);
        ac[y][0] = r1;
        ac[y][1] = r2;
        ac[y][2] = r3;
    }
    for (int y = 0; y < NY / 2; y++)
        for (int l = 0; l < 3; l++)
            acsum[l] += ac[y][l];
    printf("coarse[0][0]=%.6f coarse[%d][%d]=%.6f\n", coarse[0][0], NY / 2 - 1, NX / 2 - 1,
           coarse[NY / 2 - 1][NX / 2 - 1]);
    printf("mean autocorr lag1 %.6f lag2 %.6f lag3 %.6f\n", acsum[0] / (NY / 2), acsum[1] / (NY / 2),
           acsum[2] / (NY / 2));
    return 0;
}
