/* nqueens.c — counts the solutions of the n-queens problem: one task per legal
 * placement in each row above the cutoff depth; the board travels by value, so
 * every task has its own copy (annotated serial source; delayc's input). */
#include "common.h"
#include "delayed.h"

#define MAXN 20
#define CUTDEPTH 3

typedef struct {
    signed char q[MAXN]; /* q[r] = column of the queen in row r */
} board;

static int safe(const board *b, int row, int col)
{
    for (int r = 0; r < row; r++) {
        int c = b->q[r];
        if (c == col || c - col == r - row || c - col == row - r)
            return 0;
    }
    return 1;
}

DELAYED DELAYED_CUTOFF(row >= CUTDEPTH)
long nq(int n, int row, board b)
{
    if (row == n)
        return 1;
    long counts[MAXN];
    for (int col = 0; col < n; col++) {
        if (safe(&b, row, col)) {
            board nb = b;
            nb.q[row] = (signed char)col;
            counts[col] = nq(n, row + 1, nb);
        } else {
            counts[col] = 0;
        }
    }
    long total = 0;
    for (int col = 0; col < n; col++)
        total += counts[col];
    return total;
}

int main(int argc, char **argv)
{
    int n = (int)bench_arg(argc, argv, 1, 13);
    board b = {{0}};
    double t0 = bench_now();
    long r = nq(n, 0, b);
    delayed_compute(r);
    bench_report(bench_now() - t0);
    printf("nqueens(%d) = %ld\n", n, r);
    return 0;
}
