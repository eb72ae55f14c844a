/* A Jacobi relaxation written inline in main: two grids from malloc swapped
 * after every step, read through an index macro. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NX 512
#define NY 128
#define STEPS 12
#define IX(i, j) ((i) * NX + (j))

int main(void)
{
    double *u = malloc(sizeof(double) * NX * NY);
    double *v = malloc(sizeof(double) * NX * NY);
    if (!u || !v) return 1;
    for (int k = 0; k < NX * NY; k++) u[k] = (double)((k * 37) % 101) / 101.0;
    memcpy(v, u, sizeof(double) * NX * NY);
    for (int step = 0; step < STEPS; step++) {
        for (int i = 1; i < NY - 1; i++) {
            for (int j = 1; j < NX - 1; j++) {
                double lap = 0;
                for (int r = 0; r < 8; r++)
                    lap += (u[IX(i - 1, j)] + u[IX(i + 1, j)] + u[IX(i, j - 1)] + u[IX(i, j + 1)] - 4.0 * u[IX(i, j)]) / (r + 1);
                v[IX(i, j)] = u[IX(i, j)] + 0.05 * lap;
            }
        }
        double *tmp = u;
        u = v;
        v = tmp;
    }
    double s = 0;
    for (int k = 0; k < NX * NY; k += 3) s += u[k];
    printf("%.9f\n", s);
    free(u);
    free(v);
    return 0;
}
