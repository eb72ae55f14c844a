/* particles.c — one time step of a particle system.  step_all moves particles it
 * was given by a plain pointer: member writes through a local alias and through a
 * clamp macro are writes into the caller's array.  settle casts const away to fix
 * a coordinate.  bounce declares its array DELAYED_INOUT_N and kinetic only reads. */
#include <stdio.h>
#include "delayed.h"

#define NP 1000

struct particle {
    double x, y, vx, vy;
};

#define CLAMP_X(p, lo) do { if ((p)->x < (lo)) (p)->x = (lo); } while (0)

DELAYED double step_all(struct particle *ps, int n, double dt)
{
    double e = 0.0;
    for (int i = 0; i < n; i++) {
        struct particle *p = &ps[i];
        p->x += p->vx * dt; // expect: delayed-mutates-input
        p->y += p->vy * dt; // expect: delayed-mutates-input
        CLAMP_X(p, 0.0); // expect: delayed-mutates-input
        e += p->vx * p->vx + p->vy * p->vy;
    }
    return e;
}

DELAYED double kinetic(const struct particle *ps, int n)
{
    double e = 0.0;
    for (int i = 0; i < n; i++)
        e += 0.5 * (ps[i].vx * ps[i].vx + ps[i].vy * ps[i].vy);
    return e;
}

DELAYED double bounce(DELAYED_INOUT_N(n) struct particle *ps, int n)
{
    double flipped = 0.0;
    for (int i = 0; i < n; i++)
        if (ps[i].y < 0.0) {
            ps[i].vy = -ps[i].vy;
            flipped += 1.0;
        }
    return flipped;
}

DELAYED double settle(const struct particle *ps, int n)
{
    double h = 0.0;
    for (int i = 0; i < n; i++) {
        if (ps[i].y < 0.0)
            ((struct particle *)ps)[i].y = 0.0; // expect: delayed-mutates-input
        h += ps[i].y;
    }
    return h;
}

int main(void)
{
    static struct particle a[NP], b[NP];
    for (int i = 0; i < NP; i++) {
        a[i] = (struct particle){ i * 0.5, 10.0 - i * 0.02, 1.0, -0.5 };
        b[i] = a[i];
    }
    double e1 = step_all(a, NP, 0.01);
    double e2 = kinetic(b, NP);
    double f = bounce(b, NP);
    double h = settle(b, NP);
    printf("%.3f %.3f %.0f %.3f\n", e1, e2, f, h);
    return 0;
}
