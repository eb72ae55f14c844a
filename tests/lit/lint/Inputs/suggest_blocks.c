/* Element loops too fine for a task each (a 1-D stencil step of ~10 ns a
 * cell, called in a time loop; an initialisation), as legacy code writes
 * them: the engineer runs them in blocks of iterations. */
#include <stdio.h>
#include <math.h>

#define NCELLS 200000

static double u[NCELLS], v[NCELLS];

static void step(const double *in, double *out, int n, double r)
{
    int i;
    out[0] = in[0];
    for (i = 1; i < n - 1; i++) {
        double lap = in[i - 1] - 2.0 * in[i] + in[i + 1];
        if (lap == 0.0)
            continue;                       /* a flat spot: kept as it is */
        out[i] = in[i] + r * lap * (1.0 + 0.1 * sin(in[i]));
    }
    out[n - 1] = in[n - 1];
}

int main(void)
{
    for (int i = 0; i < NCELLS; i++)
        u[i] = v[i] = (i % 1000 == 0) ? 100.0 : 0.001 * (i % 7);
    for (int s = 0; s < 40; s++) {
        step(u, v, NCELLS, 0.2);
        step(v, u, NCELLS, 0.2);
    }
    double t = 0;
    for (int i = 0; i < NCELLS; i += 97)
        t += u[i];
    printf("%.9f %.9f\n", t, u[NCELLS / 2]);
    return 0;
}
