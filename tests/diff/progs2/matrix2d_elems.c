/* matrix2d_elems.c — matrix ops on `double m[N][N]` arrays: one delayed dot
 * product per element c[i][j] reading whole matrices through IN_N pointers to
 * rows, then a delayed trace and a transpose computed element by element into a
 * second 2-D array, results of 2-D elements passed on to other tasks. */
#include <stdio.h>
#include "delayed.h"

#define N 10

DELAYED double dot(DELAYED_IN_N(N) const double (*a)[N], DELAYED_IN_N(N) const double (*b)[N], int i, int j)
{
    double s = 0;
    for (int k = 0; k < N; k++)
        s += a[i][k] * b[k][j];
    return s;
}

DELAYED double add3(double x, double y, double z) { return x + y + z; }

DELAYED double trace(DELAYED_IN_N(N) const double (*m)[N])
{
    double t = 0;
    for (int i = 0; i < N; i++)
        t += m[i][i];
    return t;
}

int main(void)
{
    double a[N][N], b[N][N], c[N][N], d[N][N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = (i + 1) * 0.5 - j * 0.25;
            b[i][j] = (i == j) ? 2.0 : (i - j) * 0.125;
        }

    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            c[i][j] = dot((const double (*)[N])a, (const double (*)[N])b, i, j);

    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            d[j][i] = add3(c[i][j], a[i][j], 1.0);

    double tc = trace((const double (*)[N])c);
    double td = trace((const double (*)[N])d);

    printf("c[0][0]=%.4f c[3][7]=%.4f c[9][9]=%.4f\n", c[0][0], c[3][7], c[9][9]);
    printf("d[7][3]=%.4f trace c=%.4f trace d=%.4f\n", d[7][3], tc, td);
    return 0;
}
