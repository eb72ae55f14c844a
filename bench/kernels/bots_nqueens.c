/* bots_nqueens.c — N-Queens after the Barcelona OpenMP Tasks Suite (BOTS): the
 * board is one char array handed down the recursion, a solution count comes back
 * through an int out-parameter.  To make it parallel the user did what BOTS's
 * task version does: each child gets its own copy of the board (alloca + memcpy)
 * and its own counter (csols[i]), summed after the loop; the first CUT rows are
 * tasks, deeper calls run inline (the annotated serial source; delayc's input). */
#include <alloca.h>
#include <string.h>
#include "common.h"
#include "delayed.h"

#define CUT 3

/* can the queens in rows 0..n-1 (a[r] = column of the queen in row r) coexist? */
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

/* queens placed in rows 0..j-1 of a; counts the completions of the board */
DELAYED DELAYED_CUTOFF(j >= CUT)
void nqueens(int n, int j, DELAYED_IN_N(j) const char *a, DELAYED_OUT int *solutions)
{
    if (n == j) {
        *solutions = 1;
        return;
    }
    int *csols = alloca(n * sizeof(int));
    memset(csols, 0, n * sizeof(int));
    for (int i = 0; i < n; i++) {
        char *b = alloca(n);
        memcpy(b, a, j);
        b[j] = (char)i;
        if (ok(j + 1, b))
            nqueens(n, j + 1, b, &csols[i]);
    }
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
    nqueens(n, 0, a, &total);
    delayed_compute(total);
    bench_report(bench_now() - t0);
    printf("nqueens(%d) = %d solutions\n", n, total);
    free(a);
    return 0;
}
