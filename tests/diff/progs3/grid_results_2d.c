/* grid_results_2d.c — a scientist filling a 2-D result grid element by
 * element: `double z[NY][NX]; z[i][j] = field(x[j], y[i]);` (numpy's
 * `np.vectorize` over a meshgrid), a 3-D `cube[k][i][j]` of results, and
 * row-wise reductions `rowsum[i] = reduce_row(z[i])` with DELAYED_IN_N(NX) that
 * must wait for every element of that row; then an ordinary in-place update
 * of one row and a second reduction. */
#include <stdio.h>
#include "delayed.h"

#define NX 24
#define NY 16

DELAYED_PURE double field(double x, double y)
{
    double r2 = x * x + y * y;
    return (1.0 - r2) / (1.0 + r2 * r2);
}

DELAYED_PURE double reduce_row(DELAYED_IN_N(NX) const double *row)
{
    double s = 0;
    for (int j = 0; j < NX; j++)
        s += row[j];
    return s;
}

DELAYED int code(int k, int i, int j) { return (k * 100 + i * 10 + j) % 37; }

int main(void)
{
    double x[NX], y[NY];
    double z[NY][NX], rowsum[NY];
    int cube[3][4][5];
    for (int j = 0; j < NX; j++)
        x[j] = -1.5 + 3.0 * j / (NX - 1);
    for (int i = 0; i < NY; i++)
        y[i] = -1.0 + 2.0 * i / (NY - 1);

    for (int i = 0; i < NY; i++)
        for (int j = 0; j < NX; j++)
            z[i][j] = field(x[j], y[i]);
    for (int i = 0; i < NY; i++)
        rowsum[i] = reduce_row(z[i]);
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 5; j++)
                cube[k][i][j] = code(k, i, j);

    double total = 0;
    for (int i = 0; i < NY; i++)
        total += rowsum[i];
    printf("total=%.9f z[0][0]=%.6f z[8][12]=%.6f\n", total, z[0][0], z[8][12]);

    for (int j = 0; j < NX; j++)
        z[3][j] *= 2.0;
    double r3 = reduce_row(z[3]);
    printf("row3 before %.9f after %.9f\n", rowsum[3], r3);

    long cs = 0;
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 5; j++)
                cs += cube[k][i][j] * (k + 1);
    printf("cube checksum %ld cube[2][3][4]=%d\n", cs, cube[2][3][4]);
    return 0;
}
