/* jacobi.c — 2-D Jacobi stencil on a grid stored block by block (NB x NB blocks
 * of BS x BS points, block (i,j) at G + (i*NB + j)*BS2): one task per block per
 * sweep, reading the block and its four neighbours of the old grid and writing the
 * block of the new one.  Two sweeps per step (A to B, B to A), so no pointer is
 * ever swapped (annotated serial source; delayc's input). */
#include "common.h"
#include "delayed.h"

#define BS 128
#define BS2 (BS * BS)

/* one sweep over one block; a neighbour that is off the grid is passed as the
 * block itself with its flag 0 (the grid's edge is held at 0) */
DELAYED void sweep(DELAYED_IN_N(bs2) const double *c, DELAYED_IN_N(bs2) const double *up,
                   DELAYED_IN_N(bs2) const double *down, DELAYED_IN_N(bs2) const double *left,
                   DELAYED_IN_N(bs2) const double *right, DELAYED_OUT_N(bs2) double *out, int bs2,
                   int edges)
{
    for (int i = 0; i < BS; i++)
        for (int j = 0; j < BS; j++) {
            double n = i > 0 ? c[(i - 1) * BS + j] : (edges & 1) ? up[(BS - 1) * BS + j] : 0.0;
            double s = i < BS - 1 ? c[(i + 1) * BS + j] : (edges & 2) ? down[j] : 0.0;
            double w = j > 0 ? c[i * BS + j - 1] : (edges & 4) ? left[i * BS + BS - 1] : 0.0;
            double e = j < BS - 1 ? c[i * BS + j + 1] : (edges & 8) ? right[i * BS] : 0.0;
            out[i * BS + j] = 0.25 * (n + s + w + e) + 0.01;
        }
}

/* the neighbour blocks of (i,j), each the block itself off the grid, and the flags */
static int nbr(int i, int d, int nb) { return i + d < 0 || i + d >= nb ? i : i + d; }
static int edges_of(int i, int j, int nb)
{
    return (i > 0) | (i < nb - 1) << 1 | (j > 0) << 2 | (j < nb - 1) << 3;
}

/* both sweeps of every step in one function, so the tasks of one sweep start as
 * soon as the blocks they read are done (no barrier between sweeps) */
static void jacobi(double *restrict a, double *restrict b, int nb, int steps)
{
    for (int t = 0; t < steps; t++) {
        for (int i = 0; i < nb; i++)
            for (int j = 0; j < nb; j++) {
                int u = nbr(i, -1, nb), d = nbr(i, 1, nb), l = nbr(j, -1, nb), r = nbr(j, 1, nb);
                sweep(a + (i * nb + j) * BS2, a + (u * nb + j) * BS2, a + (d * nb + j) * BS2,
                      a + (i * nb + l) * BS2, a + (i * nb + r) * BS2, b + (i * nb + j) * BS2, BS2,
                      edges_of(i, j, nb));
            }
        for (int i = 0; i < nb; i++)
            for (int j = 0; j < nb; j++) {
                int u = nbr(i, -1, nb), d = nbr(i, 1, nb), l = nbr(j, -1, nb), r = nbr(j, 1, nb);
                sweep(b + (i * nb + j) * BS2, b + (u * nb + j) * BS2, b + (d * nb + j) * BS2,
                      b + (i * nb + l) * BS2, b + (i * nb + r) * BS2, a + (i * nb + j) * BS2, BS2,
                      edges_of(i, j, nb));
            }
    }
}

int main(int argc, char **argv)
{
    int nb = (int)bench_arg(argc, argv, 1, 8);
    int steps = (int)bench_arg(argc, argv, 2, 100);
    size_t n = (size_t)nb * nb * BS2;
    double *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
    if (!a || !b)
        return 1;
    for (size_t e = 0; e < n; e++)
        a[e] = b[e] = (double)(e % 17) * 0.125;
    double t0 = bench_now();
    jacobi(a, b, nb, steps);
    bench_report(bench_now() - t0);
    double sum = 0.0;
    for (size_t e = 0; e < n; e++)
        sum += a[e] * (double)(e % 3 + 1);
    printf("jacobi nb=%d bs=%d steps=%d checksum %.9e\n", nb, BS, steps, sum);
    free(a);
    free(b);
    return 0;
}
