/* nqueens_omp.c — n-queens, hand-written OpenMP: one task per legal placement
 * above the cutoff depth (board copied into the task), a serial search below. */
#include <omp.h>
#include "common.h"

#define MAXN 20
#define CUTDEPTH 3

typedef struct {
    signed char q[MAXN];
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

static long nq_seq(int n, int row, board *b)
{
    if (row == n)
        return 1;
    long total = 0;
    for (int col = 0; col < n; col++)
        if (safe(b, row, col)) {
            b->q[row] = (signed char)col;
            total += nq_seq(n, row + 1, b);
        }
    return total;
}

static long nq(int n, int row, board b)
{
    if (row >= CUTDEPTH)
        return nq_seq(n, row, &b);
    long counts[MAXN] = {0};
    for (int col = 0; col < n; col++)
        if (safe(&b, row, col)) {
            board nb = b;
            nb.q[row] = (signed char)col;
#pragma omp task firstprivate(nb, col) shared(counts)
            counts[col] = nq(n, row + 1, nb);
        }
#pragma omp taskwait
    long total = 0;
    for (int col = 0; col < n; col++)
        total += counts[col];
    return total;
}

int main(int argc, char **argv)
{
    int n = (int)bench_arg(argc, argv, 1, 13);
    board b = {{0}};
    long r;
    double t0 = bench_now();
#pragma omp parallel
#pragma omp single
    r = nq(n, 0, b);
    bench_report(bench_now() - t0);
    printf("nqueens(%d) = %ld\n", n, r);
    return 0;
}
