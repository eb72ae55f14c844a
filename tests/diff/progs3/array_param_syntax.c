/* array_param_syntax.c — pointer parameters written as arrays: `int a[static 8]`,
 * `const double v[restrict static 4]`, `double m[][4]` (a pointer to rows),
 * `const int a[]` with a separate length, combined with DELAYED_IN_N /
 * DELAYED_OUT_N; an ordinary helper taking `double out[restrict]` spawns the
 * tasks. */
#include <stdio.h>
#include "delayed.h"

DELAYED int sum8(DELAYED_IN_N(8) const int a[static 8])
{
    int s = 0;
    for (int i = 0; i < 8; i++)
        s += a[i];
    return s;
}

DELAYED double dot4(DELAYED_IN_N(4) const double u[restrict static 4], DELAYED_IN_N(4) const double v[restrict static 4])
{
    return u[0] * v[0] + u[1] * v[1] + u[2] * v[2] + u[3] * v[3];
}

DELAYED void transpose4(DELAYED_IN_N(4) const double m[][4], DELAYED_OUT_N(4) double t[][4])
{
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            t[j][i] = m[i][j];
}

DELAYED long count_pos(DELAYED_IN_N(n) const int a[], int n)
{
    long c = 0;
    for (int i = 0; i < n; i++)
        c += a[i] > 0;
    return c;
}

static void row_dots(double out[restrict], const double m[restrict][4], const double v[restrict 4], int rows)
{
    for (int r = 0; r < rows; r++)
        out[r] = dot4(m[r], v);
}

int main(void)
{
    int a[24];
    for (int i = 0; i < 24; i++)
        a[i] = (i * 7) % 11 - 4;
    int s0 = sum8(a), s1 = 0, s2 = 0;
    s1 = sum8(a + 8);
    s2 = sum8(&a[16]);
    long cp = count_pos(a, 24);

    double m[4][4], t[4][4], v[4] = { 1, -1, 2, 0.5 }, d[4];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            m[i][j] = i * 4 + j + 0.5;
    transpose4(m, t);
    row_dots(d, (const double (*)[4])t, v, 4);
    double dd = dot4(d, v);
    printf("s0=%d s1=%d s2=%d cp=%ld\n", s0, s1, s2, cp);
    printf("d = %.2f %.2f %.2f %.2f dd=%.3f t[1][2]=%.1f\n", d[0], d[1], d[2], d[3], dd, t[1][2]);
    return 0;
}
