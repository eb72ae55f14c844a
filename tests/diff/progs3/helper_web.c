/* helper_web.c — "several files' worth" of helpers in one file: a geometry
 * module, a statistics module and a report module, each with static
 * helpers, DELAYED entry points that call ordinary helpers, ordinary helpers
 * that call DELAYED functions (spawning from a non-delayed function called in a
 * loop), two DELAYED functions that call each other (mutual recursion with a
 * depth argument), forward declarations before definitions, and a DELAYED
 * prototype whose definition later omits the annotation. */
#include <stdio.h>
#include "delayed.h"

/* ---- geometry.h ---- */
struct vec { double x, y; };
DELAYED double geo_len2(struct vec v);
DELAYED struct vec geo_add(struct vec a, struct vec b);
static struct vec geo_scale(struct vec v, double k);

/* ---- stats.h ---- */
DELAYED double st_mean(DELAYED_IN_N(n) const double *v, int n);
DELAYED int st_even_depth(int d);
DELAYED int st_odd_depth(int d);

/* ---- report.h ---- */
static double report_row(const struct vec *pts, int n, int row);

/* ---- geometry.c ---- */
static struct vec geo_scale(struct vec v, double k)
{
    return (struct vec){ v.x * k, v.y * k };
}

double geo_len2(struct vec v)   /* DELAYED from the prototype */
{
    return v.x * v.x + v.y * v.y;
}

DELAYED struct vec geo_add(struct vec a, struct vec b)
{
    return geo_scale((struct vec){ a.x + b.x, a.y + b.y }, 1.0);
}

/* ---- stats.c ---- */
DELAYED double st_mean(DELAYED_IN_N(n) const double *v, int n)
{
    double s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return n ? s / n : 0.0;
}

DELAYED int st_even_depth(int d)
{
    if (d <= 0)
        return 0;
    return 1 + st_odd_depth(d - 1);
}

DELAYED int st_odd_depth(int d)
{
    if (d <= 0)
        return 100;
    return 2 + st_even_depth(d - 1);
}

/* ---- report.c ---- */
static double report_row(const struct vec *pts, int n, int row)
{
    double lens[8];
    for (int i = 0; i < n; i++)
        lens[i] = geo_len2(geo_add(pts[i], geo_scale(pts[(i + row) % n], 0.5)));
    return st_mean(lens, n);
}

static struct vec centroid(const struct vec *pts, int n)
{
    struct vec acc = { 0, 0 };
    for (int i = 0; i < n; i++)
        acc = geo_add(acc, pts[i]);
    return geo_scale(acc, 1.0 / n);
}

int main(void)
{
    struct vec pts[8];
    for (int i = 0; i < 8; i++)
        pts[i] = (struct vec){ (double)(i % 3) - 1.0, (double)(i * i % 5) * 0.5 };
    double rows[6];
    for (int r = 0; r < 6; r++)
        rows[r] = report_row(pts, 8, r);
    for (int r = 0; r < 6; r++)
        printf("row %d: %.5f\n", r, rows[r]);
    struct vec c = centroid(pts, 8);
    printf("centroid (%.4f, %.4f) len2 %.4f\n", c.x, c.y, geo_len2(c));
    int d1 = st_even_depth(9), d2 = st_odd_depth(6);
    int d3 = st_even_depth(d1 % 7);
    printf("depths %d %d %d mean-of-rows %.5f\n", d1, d2, d3, st_mean(rows, 6));
    return 0;
}
