/* A heat sweep over a flat grid whose sizes are macros; the build may set
 * them (-DNY=..). */
#include <stdio.h>
#include <stdlib.h>

#ifndef NX
#define NX 16
#endif
#ifndef NY
#define NY 16384
#endif

static void sweep(const double *u, double *un, double alpha)
{
    int i, j;
    for (i = 1; i < NX - 1; i++) {
        for (j = 1; j < NY - 1; j++) {
            double lap = u[(i + 1) * NY + j] + u[(i - 1) * NY + j]
                       + u[i * NY + j + 1] + u[i * NY + j - 1] - 4.0 * u[i * NY + j];
            un[i * NY + j] = u[i * NY + j] + alpha * lap;
        }
    }
}

int main(void)
{
    double *u = calloc(NX * NY, sizeof *u), *un = calloc(NX * NY, sizeof *un);
    if (!u || !un) return 1;
    for (int i = 0; i < NX * NY; i++) u[i] = (i * 37 % 101) * 0.01;
    for (int step = 0; step < 10; step++) {
        sweep(u, un, 0.2);
        double *t = u;
        u = un;
        un = t;
    }
    double s = 0;
    for (int i = 0; i < NX * NY; i += 3) s += u[i];
    printf("%.9f\n", s);
    free(u);
    free(un);
    return 0;
}
