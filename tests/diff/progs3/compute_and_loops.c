/* compute_and_loops.c — explicit `delayed_compute` in the places users put
 * it: on one element (`delayed_compute(res[3])`), on a 2-D array of rows
 * filled by OUT_N tasks, on a struct result, inside a loop after each batch
 * (purposely: delayed-compute-in-loop), and in a `for (;;)` loop that
 * breaks when a computed value crosses a threshold; `while (1)` with a
 * flag set from a result and a nested-loop exit through a flag. */
#include <stdio.h>
#include "delayed.h"

#define R 6
#define C 10

struct acc {
    long sum;
    int n;
};

DELAYED int score(int x) { return (x * 37 + 11) % 101; }
DELAYED void fill_row(DELAYED_OUT_N(C) int *row, int r)
{
    for (int c = 0; c < C; c++)
        row[c] = (r + 1) * (c + 2) % 13;
}
DELAYED struct acc accumulate(struct acc a, int v)
{
    a.sum += v;
    a.n++;
    return a;
}

int main(void)
{
    int res[8];
    int grid[R][C];
    for (int i = 0; i < 8; i++)
        res[i] = score(i);
    delayed_compute(res[3]);
    printf("res[3]=%d\n", res[3]);
    for (int r = 0; r < R; r++)
        fill_row(grid[r], r);
    delayed_compute(grid);
    long gs = 0;
    for (int r = 0; r < R; r++)
        for (int c = 0; c < C; c++)
            gs += grid[r][c];
    struct acc a = { 0, 0 };
    for (int i = 0; i < 8; i++)
        a = accumulate(a, res[i]);
    delayed_compute(a);
    printf("grid sum %ld acc %ld/%d\n", gs, a.sum, a.n);

    long batches = 0;
    for (int b = 0; b < 4; b++) {
        int part[5];
        for (int i = 0; i < 5; i++)
            part[i] = score(b * 5 + i);
        delayed_compute(part);
        for (int i = 0; i < 5; i++)
            batches += part[i] * (b + 1);
    }
    int x = 0, steps = 0;
    for (;;) {
        x += score(x + steps);
        steps++;
        if (x > 500)
            break;
    }
    int done = 0, it = 0;
    while (1) {
        int s = score(it * 3);
        if (s > 90)
            done = 1;
        it++;
        if (done || it > 100)
            break;
    }
    int found = 0, fr = -1, fc = -1;
    for (int r = 0; r < R && !found; r++)
        for (int c = 0; c < C; c++) {
            if (score(grid[r][c] + r) == 0) {
                found = 1;
                fr = r;
                fc = c;
                break;
            }
        }
    printf("batches=%ld x=%d steps=%d it=%d found=%d (%d,%d)\n", batches, x, steps, it, found, fr, fc);
    return 0;
}
