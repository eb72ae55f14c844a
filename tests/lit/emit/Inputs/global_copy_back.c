/* Jacobi by blocks (blind round 47a): the block tasks read the global u, and
 * the copy-back loop after them writes u element by element.  Its wait for
 * the tasks on u was inside the innermost loop, one taskwait per element (52
 * million: 30 times slower than serial); it goes before the loop, once. */
#include <stdio.h>
#include "delayed.h"
#define N 514
double u[N][N], tmp[N][N];

DELAYED static void blocks(int i_lo, int i_hi, DELAYED_OUT_N(i_hi - i_lo) double tmp_i[][N])
{
    int i, j;
    for (i = i_lo; i < i_hi; i++)
        for (j = 1; j < N - 1; j++)
            tmp_i[i - i_lo][j] = 0.25 * (u[i - 1][j] + u[i + 1][j] + u[i][j - 1] + u[i][j + 1]);
}

int main(void)
{
    int it, i, j;
    double s = 0;
    for (i = 0; i < N; i++) for (j = 0; j < N; j++) u[i][j] = (i == 0 || j == 0) ? 1.0 : 0.0;
    for (it = 0; it < 20; it++) {
        for (i = 1; i < N - 1; i += 128)
            blocks(i, i + 128 < N - 1 ? i + 128 : N - 1, &tmp[i]);
        for (i = 1; i < N - 1; i++)
            for (j = 1; j < N - 1; j++)
                u[i][j] = tmp[i][j];
    }
    for (i = 0; i < N; i++) for (j = 0; j < N; j++) s += u[i][j];
    printf("%.10f\n", s);
    return 0;
}
