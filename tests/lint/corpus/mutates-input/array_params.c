// lint-exit: 1
/* array_params.c — row operations on a small matrix with array-syntax
 * parameters (double row[], double v[static 8], double m[][4]): they are pointer
 * parameters all the same.  Passing a parameter on to a function that takes a
 * non-const pointer is a write; passing it to a const one is not.  A DELAYED_IN
 * parameter that is written is still a finding (IN is not OUT).  qsort on an
 * unmarked parameter sorts the caller's array; on a DELAYED_INOUT_N one it is
 * declared.  (lint-exit 1: a written DELAYED_IN parameter is an error, not a
 * warning.) */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static void scale_row(double *row, int n, double k)
{
    for (int i = 0; i < n; i++)
        row[i] *= k;
}

static double row_sum(const double *row, int n)
{
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += row[i];
    return s;
}

DELAYED double normalize(double row[], int n)
{
    double s = row_sum(row, n);
    if (s != 0.0)
        scale_row(row, n, 1.0 / s); // expect: delayed-mutates-input
    return s;
}

DELAYED double smooth(DELAYED_IN double v[static 8])
{
    double first = v[0];
    for (int i = 1; i < 8; i++)
        v[i] = 0.5 * (v[i] + v[i - 1]); // expect: delayed-mutates-input
    return first + v[7];
}

DELAYED double make_identity(DELAYED_OUT_N(4) double m[][4])
{
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            m[i][j] = i == j ? 1.0 : 0.0;
    return 4.0;
}

DELAYED double pin_corner(double m[][4], double v)
{
    double old = m[3][3];
    m[3][3] = v; // expect: delayed-mutates-input
    return old;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

DELAYED double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double); // expect: delayed-mutates-input
    return v[n / 2];
}

DELAYED double median_inout(DELAYED_INOUT_N(n) double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return v[n / 2];
}

DELAYED double reset_pair(double *lo, double *hi)
{
    double span = *hi - *lo;
    *lo = *hi = 0.0; // expect: delayed-mutates-input x2
    return span;
}

int main(void)
{
    double r[8] = { 1, 2, 3, 4, 5, 6, 7, 8 }, v[8] = { 8, 7, 6, 5, 4, 3, 2, 1 };
    double id[4][4], m[4][4] = { { 0 } };
    double s = normalize(r, 8);
    double f = smooth(v);
    double d = make_identity(id);
    double o = pin_corner(m, 2.5);
    double w[5] = { 5, 1, 4, 2, 3 }, x[5] = { 9, 7, 8, 6, 5 };
    double md = median(w, 5), mx = median_inout(x, 5);
    double lo = 1.0, hi = 4.0;
    double span = reset_pair(&lo, &hi);
    printf("%.1f %.1f %.1f %.1f %.1f\n", md, mx, span, lo, hi);
    printf("%.2f %.2f %.2f %.2f %.3f %.3f %.1f\n", s, f, d, o, r[0], v[7], id[2][2] + m[3][3]);
    return 0;
}
