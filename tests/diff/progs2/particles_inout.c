/* particles_inout.c — an array of structs updated in place by a delayed function
 * taking `DELAYED_INOUT struct particle *` (`step(&ps[i], dt)`) for several time
 * steps, an IN pointer to one element for an energy per particle, and a
 * whole-array IN_N reduction at the end. */
#include <stdio.h>
#include "delayed.h"

#define NP 12

struct particle { double x, v, m; };

DELAYED void step(DELAYED_INOUT struct particle *p, double dt)
{
    double a = -p->x / p->m;
    p->v += a * dt;
    p->x += p->v * dt;
}

DELAYED double energy(DELAYED_IN const struct particle *p) { return 0.5 * p->m * p->v * p->v + 0.5 * p->x * p->x; }

DELAYED double total_mass(DELAYED_IN_N(n) const struct particle *ps, int n)
{
    double m = 0;
    for (int i = 0; i < n; i++)
        m += ps[i].m;
    return m;
}

int main(void)
{
    struct particle ps[NP];
    for (int i = 0; i < NP; i++) {
        ps[i].x = i - 5.5;
        ps[i].v = 0;
        ps[i].m = 1.0 + i * 0.25;
    }
    for (int t = 0; t < 50; t++)
        for (int i = 0; i < NP; i++)
            step(&ps[i], 0.01);
    double e[NP];
    for (int i = 0; i < NP; i++)
        e[i] = energy(&ps[i]);
    double m = total_mass(ps, NP);
    for (int t = 0; t < 10; t++)
        for (int i = 0; i < NP; i++)
            step(ps + i, 0.02);
    double e2 = 0;
    for (int i = 0; i < NP; i++)
        e2 += energy(&ps[i]);
    for (int i = 0; i < NP; i++)
        printf("%d x=%.6f v=%.6f e=%.6f\n", i, ps[i].x, ps[i].v, e[i]);
    printf("m=%.3f e2=%.6f\n", m, e2);
    return 0;
}
