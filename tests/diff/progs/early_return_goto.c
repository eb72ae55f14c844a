/* early_return_goto.c — covers: early `return` from inside a loop that spawned tasks
 * (tasks still writing the caller's array must finish before the function exits),
 * `goto` out of a nested loop that spawns tasks, and a `goto`-based error path that
 * skips the rest of a function after some tasks were spawned. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED int weight(int i, int j) { return (i * 31 + j * 17) % 97; }

/* fills dst[i] = weight(k, i) until i reaches limit; returns how many were spawned */
static int fill_until(int *dst, int n, int k, int limit)
{
    for (int i = 0; i < n; i++) {
        dst[i] = weight(k, i);
        if (i == limit)
            return i + 1;
    }
    return n;
}

/* returns the first weight above `threshold` in row k, or -1 */
static int first_above(int k, int threshold)
{
    for (int j = 0; j < 100; j++) {
        int w = weight(k, j);
        if (w > threshold)
            return w;
    }
    return -1;
}

static int process(int *grid, int rows, int cols, int bad_row)
{
    int status = 0;
    for (int r = 0; r < rows; r++) {
        if (r == bad_row) {
            status = -1;
            goto out;
        }
        for (int c = 0; c < cols; c++)
            grid[r * cols + c] = weight(r, c);
    }
out:
    return status;
}

int main(void)
{
    int buf[50];
    for (int i = 0; i < 50; i++)
        buf[i] = 0;
    int n = fill_until(buf, 50, 3, 29);

    int hits = 0;
    for (int k = 0; k < 20; k++)
        hits += first_above(k, 90);

    int grid[8][8];
    int where_r = -1, where_c = -1;
    for (int r = 0; r < 8; r++)
        for (int c = 0; c < 8; c++) {
            grid[r][c] = weight(r + 5, c);
            if (r * 8 + c == 45) {
                where_r = r;
                where_c = c;
                goto done;
            }
        }
done:;
    long g = 0;
    for (int r = 0; r <= where_r; r++)
        for (int c = 0; c < 8 && r * 8 + c <= 45; c++)
            g += grid[r][c] * (r + 1);

    int *big = calloc(10 * 10, sizeof *big);
    if (!big)
        return 1;
    int st = process(big, 10, 10, 6);
    long bs = 0;
    for (int i = 0; i < 100; i++)
        bs += big[i];
    free(big);

    long s = 0;
    for (int i = 0; i < 50; i++)
        s += buf[i] * (i + 1);
    printf("n=%d s=%ld hits=%d\n", n, s, hits);
    printf("stopped at %d,%d g=%ld\n", where_r, where_c, g);
    printf("status=%d bs=%ld\n", st, bs);
    return 0;
}
