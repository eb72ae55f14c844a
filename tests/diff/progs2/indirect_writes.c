/* indirect_writes.c — delayed functions that write memory reachable only
 * indirectly from their parameters: through a `DELAYED_IN const struct matrix *`
 * whose `double *data` member is written, through the rows of an `int **` table
 * (DELAYED_IN_N on the row-pointer array), and through a pointer stored in a
 * const array of pointers; the caller then reads the memory directly. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

struct matrix { int rows, cols; double *data; };

DELAYED void scale_rows(DELAYED_IN const struct matrix *m, int r0, int r1, double k)
{
    for (int r = r0; r < r1; r++)
        for (int c = 0; c < m->cols; c++)
            m->data[r * m->cols + c] *= k;
}

DELAYED void bump_row(DELAYED_IN_N(n) int *const *rows, int n, int r, int by)
{
    for (int i = 0; i < 4 && r < n; i++)
        rows[r][i] += by + i;
}

int main(void)
{
    double storage[6 * 4];
    for (int i = 0; i < 24; i++)
        storage[i] = i + 1;
    struct matrix m = { 6, 4, storage };
    scale_rows(&m, 0, 3, 2.0);
    scale_rows(&m, 3, 6, -1.0);
    double s = 0;
    for (int i = 0; i < 24; i++)
        s += storage[i];
    printf("s=%.1f storage[0]=%.1f storage[23]=%.1f\n", s, storage[0], storage[23]);

    int r0[4] = { 0 }, r1[4] = { 0 }, r2[4] = { 0 };
    int *rows[3] = { r0, r1, r2 };
    for (int r = 0; r < 3; r++)
        bump_row(rows, 3, r, 10 * r);
    printf("%d %d %d | %d %d %d\n", r0[0], r1[1], r2[3], rows[0][3], rows[1][0], rows[2][2]);
    return 0;
}
