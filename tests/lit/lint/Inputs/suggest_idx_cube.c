/* A 3D stencil over a cube indexed through IDX(x, y, z) of NX and NY (blind
 * round 50a: suggest --fix wrote the z-plane function with 96 * y + x and
 * out + z * 9216, and NZ * NY where IDX has NX * NY; with NX edited the fixed
 * serial program crashed). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NX 64
#define NY 64
#define NZ 64
#define IDX(x, y, z) ((size_t)(z) * NX * NY + (size_t)(y) * NX + (x))

static double *grid_a, *grid_b;

static void init(double *g)
{
    size_t i;
    for (i = 0; i < (size_t)NX * NY * NZ; i++)
        g[i] = (double)((i * 2654435761u) % 1000) / 1000.0;
}

static void sweep(const double *in, double *out)
{
    int x, y, z;
    for (z = 1; z < NZ - 1; z++)
        for (y = 1; y < NY - 1; y++)
            for (x = 1; x < NX - 1; x++) {
                out[IDX(x, y, z)] = 0.4 * in[IDX(x, y, z)]
                    + 0.1 * (in[IDX(x - 1, y, z)] + in[IDX(x + 1, y, z)]
                           + in[IDX(x, y - 1, z)] + in[IDX(x, y + 1, z)]
                           + in[IDX(x, y, z - 1)] + in[IDX(x, y, z + 1)]);
            }
}

int main(void)
{
    int it;
    double sum = 0;
    size_t i;
    grid_a = malloc(sizeof(double) * NX * NY * NZ);
    grid_b = malloc(sizeof(double) * NX * NY * NZ);
    init(grid_a);
    memcpy(grid_b, grid_a, sizeof(double) * NX * NY * NZ);
    for (it = 0; it < 4; it++) {
        sweep(grid_a, grid_b);
        { double *t = grid_a; grid_a = grid_b; grid_b = t; }
    }
    for (i = 0; i < (size_t)NX * NY * NZ; i++)
        sum += grid_a[i] * (double)(i % 17);
    printf("stencil3d checksum %.9f\n", sum);
    free(grid_a);
    free(grid_b);
    return 0;
}
