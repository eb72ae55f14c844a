/* bots_nqueens_omp.c — N-Queens after BOTS, hand-written OpenMP tasks: above the
 * cutoff depth every child is a task with its own copy of the board and its own
 * counter; below it the serial search on one shared board. */
#include <alloca.h>
#include <string.h>
#include <omp.h>
#include "common.h"

#define CUT 3

static int ok(int n, const char *a)
{
    for (int r = 0; r < n; r++) {
        int p = a[r];
        for (int s = r + 1; s < n; s++) {
            int q = a[s];
            if (q == p || q == p - (s - r) || q == p + (s - r))
                return 0;
        }
    }
    return 1;
}

static void nqueens_ser(int n, int j, char *a, int *solutions)
{
    if (n == j) {
        *solutions = 1;
        return;
    }
    *solutions = 0;
    for (int i = 0; i < n; i++) {
        a[j] = (char)i;
        if (ok(j + 1, a)) {
            int res;
            nqueens_ser(n, j + 1, a, &res);
            *solutions += res;
        }
    }
}

static void nqueens(int n, int j, const char *a, int *solutions)
{
    if (j >= CUT) {
        char *b = alloca(n);
        memcpy(b, a, j);
        nqueens_ser(n, j, b, solutions);
        return;
    }
    if (n == j) {
        *solutions = 1;
        return;
    }
    int *csols = alloca(n * sizeof(int));
    memset(csols, 0, n * sizeof(int));
    for (int i = 0; i < n; i++) {
#pragma omp task firstprivate(i) shared(csols)
        {
            char *b = alloca(n);
            memcpy(b, a, j);
            b[j] = (char)i;
            if (ok(j + 1, b))
                nqueens(n, j + 1, b, &csols[i]);
        }
    }
#pragma omp taskwait
    *solutions = 0;
    for (int i = 0; i < n; i++)
        *solutions += csols[i];
}

int main(int argc, char **argv)
{
    int n = (int)bench_arg(argc, argv, 1, 13);
    char *a = malloc(n);
    int total = 0;
    double t0 = bench_now();
#pragma omp parallel
#pragma omp single
    nqueens(n, 0, a, &total);
    bench_report(bench_now() - t0);
    printf("nqueens(%d) = %d solutions\n", n, total);
    free(a);
    return 0;
}
