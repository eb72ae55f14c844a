/* Planes of a 3D grid indexed through IDX(x, y, z), a function per plane
 * (blind round 52a: --fix wrote NX * NY * z - 59699 and 6 * NX * NY; after an
 * edit of NX the emitted program stopped at its run-time check). */
#include <stdio.h>
#include <stdlib.h>

#define NX 110
#define NY 100
#define NZ 6
#define IDX(x, y, z) ((size_t)(z) * ((size_t)NX * NY) + (size_t)(y) * NX + (size_t)(x))
#define STEPS 16

static void init_grid(float *g)
{
    size_t x, y, z;
    for (z = 0; z < NZ; z++)
        for (y = 0; y < NY; y++)
            for (x = 0; x < NX; x++)
                g[IDX(x, y, z)] = (float)((x * 3 + y * 5 + z * 7) % 101) * 0.01f;
}

static void relax_plane(const float *in, float *out, int z)
{
    int x, y;
    for (y = 1; y < NY - 1; y++)
        for (x = 1; x < NX - 1; x++) {
            float s = in[IDX(x - 1, y, z)] + in[IDX(x + 1, y, z)] +
                      in[IDX(x, y - 1, z)] + in[IDX(x, y + 1, z)];
            if (z > 0) s += in[IDX(x, y, z - 1)]; else s += in[IDX(x, y, z)];
            if (z < NZ - 1) s += in[IDX(x, y, z + 1)]; else s += in[IDX(x, y, z)];
            out[IDX(x, y, z)] = s / 6.0f;
        }
}

int main(void)
{
    size_t total = (size_t)NX * NY * NZ, i;
    float *a = calloc(total, sizeof(float)), *b = calloc(total, sizeof(float)), *t;
    int z, step;
    double cs = 0.0;
    init_grid(a);
    init_grid(b);
    for (step = 0; step < STEPS; step++) {
        for (z = 0; z < NZ; z++)
            relax_plane(a, b, z);
        t = a; a = b; b = t;
    }
    for (i = 0; i < total; i++) cs += a[i] * (double)(i % 11 + 1);
    printf("checksum %.4f\n", cs);
    free(a); free(b);
    return 0;
}
