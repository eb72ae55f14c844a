/* jacobi_converge.c — a Jacobi solver for a 1-D Poisson problem, as a scientist
 * would write it: `while (err > tol)` whose condition reads a reduction of task
 * results, per-block update tasks (IN_N with one halo cell on each side, OUT_N on
 * the block), the error computed by per-block DELAYED_PURE tasks into an array,
 * the iteration count printed; two arrays alternated by parity of the sweep. */
#include <stdio.h>
#include "delayed.h"

#define N 256
#define BS 32
#define NBLK (N / BS)

DELAYED void sweep(DELAYED_IN_N(BS + 2) const double *u, DELAYED_IN_N(BS) const double *f,
                   DELAYED_OUT_N(BS) double *v)
{
    for (int i = 0; i < BS; i++)
        v[i] = 0.5 * (u[i] + u[i + 2] + f[i]);
}

DELAYED_PURE double blk_diff(DELAYED_IN_N(BS) const double *a, DELAYED_IN_N(BS) const double *b)
{
    double m = 0;
    for (int i = 0; i < BS; i++) {
        double d = a[i] - b[i];
        if (d < 0)
            d = -d;
        if (d > m)
            m = d;
    }
    return m;
}

int main(void)
{
    /* u has one ghost cell at each end: interior cell i lives at u[i + 1] */
    double u[N + 2] = { 0 }, w[N + 2] = { 0 }, f[N];
    double errs[NBLK];
    for (int i = 0; i < N; i++)
        f[i] = (i > N / 4 && i < 3 * N / 4) ? 1e-3 : 0.0;
    double err = 1.0;
    int it = 0;
    while (err > 1e-4 && it < 400) {
        for (int b = 0; b < NBLK; b++) {
            if (it % 2 == 0)
                sweep(u + b * BS, f + b * BS, w + 1 + b * BS);
            else
                sweep(w + b * BS, f + b * BS, u + 1 + b * BS);
        }
        for (int b = 0; b < NBLK; b++)
            errs[b] = blk_diff(u + 1 + b * BS, w + 1 + b * BS);
        err = 0;
        for (int b = 0; b < NBLK; b++)
            if (errs[b] > err)
                err = errs[b];
        it++;
        if (it % 50 == 0)
            printf("it %3d err %.3e\n", it, err);
    }
    printf("converged after %d sweeps, err %.3e\n", it, err);
    const double *fin = (it % 2) ? w : u;
    printf("u[N/2]=%.6f u[N/4]=%.6f u[1]=%.6f\n", fin[N / 2 + 1], fin[N / 4 + 1], fin[1]);
    return 0;
}
