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
    for (i = 0; i < 2; i++)                 /* the counter again (C89): set before it is read */
        out[i] += 0.0;
}

/* the counter's last value read after the loop: no blocks (they would leave
 * another value in it) */
static int mark_peaks(const double *in, double *flag, int n)
{
    int i;
    for (i = 1; i < n - 1; i++)
        flag[i] = (in[i] > in[i - 1] && in[i] >= in[i + 1]) * sin(in[i]);
    return i;
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
    int last = mark_peaks(u, v, NCELLS);
    printf("%.9f %.9f %d %.6f\n", t, u[NCELLS / 2], last, v[1000]);
    return 0;
}
