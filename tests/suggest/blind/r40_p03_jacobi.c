/* heat2d.c -- explicit heat equation on a plate, flat storage, swapped buffers */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NX    3072
#define NY    384
#define STEPS 10
#define ALPHA 0.12
#define IX(i, j) ((i) * NX + (j))

static void init_plate(double *u)
{
    memset(u, 0, sizeof(double) * NX * NY);
    for (int i = 0; i < NY; i++) {
        u[IX(i, 0)] = 100.0;              /* hot left edge */
        u[IX(i, NX - 1)] = 10.0 * (i % 7);
    }
    for (int j = 0; j < NX; j++)
        u[IX(NY / 2, j)] += 50.0;         /* a hot wire through the middle */
}

static double total_heat(const double *u)
{
    double s = 0.0;
    for (int k = 0; k < NX * NY; k++)
        s += u[k];
    return s;
}

int main(void)
{
    double *u = malloc(sizeof(double) * NX * NY);
    double *v = malloc(sizeof(double) * NX * NY);
    if (!u || !v)
        return 1;
    init_plate(u);
    memcpy(v, u, sizeof(double) * NX * NY);

    for (int step = 0; step < STEPS; step++) {
        for (int i = 1; i < NY - 1; i++) {
            for (int j = 1; j < NX - 1; j++) {
                double lap = u[IX(i - 1, j)] + u[IX(i + 1, j)] + u[IX(i, j - 1)] + u[IX(i, j + 1)]
                           - 4.0 * u[IX(i, j)];
                double diag = u[IX(i - 1, j - 1)] + u[IX(i - 1, j + 1)]
                            + u[IX(i + 1, j - 1)] + u[IX(i + 1, j + 1)] - 4.0 * u[IX(i, j)];
                v[IX(i, j)] = u[IX(i, j)] + ALPHA * (0.8 * lap + 0.2 * 0.5 * diag);
            }
        }
        double *tmp = u;
        u = v;
        v = tmp;
        if (step % 20 == 0)
            printf("step %3d heat %.6f\n", step, total_heat(u));
    }
    printf("final heat %.6f\n", total_heat(u));
    printf("probe %.9f %.9f\n", u[IX(NY / 2 + 3, 5)], u[IX(10, NX / 2)]);
    free(u);
    free(v);
    return 0;
}
