/*
 * heat_rod.c - explicit 1-D heat conduction in a reacting rod.
 *
 * The rod has temperature dependent conductivity k(T) and an Arrhenius
 * heat source that is integrated with a few local sub-steps per cell and
 * time step (the "operator split" of the original Fortran solver).  Two
 * buffers are swapped every step.  Diagnostics (total heat, hottest cell,
 * flame front position) are printed every PRINT_EVERY steps.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef NX
#define NX 8192
#endif
#ifndef NSTEPS
#define NSTEPS 200
#endif
#ifndef BLOCK
#define BLOCK 128
#endif
#ifndef SUBSTEPS
#define SUBSTEPS 8
#endif
#ifndef PRINT_EVERY
#define PRINT_EVERY 40
#endif

#define NBLK      ((NX + BLOCK - 1) / BLOCK)
#define T_AMBIENT 300.0
#define T_IGNITE  900.0
#define T_LEFT    1400.0
#define CELL      1.0          /* lengths are measured in cells */

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))

typedef struct {
    double k0, k1;        /* conductivity k(T) = k0 + k1 * sqrt(T)        */
    double q;             /* heat of reaction                             */
    double ea;            /* activation temperature                      */
    double a;             /* pre-exponential factor                       */
    double loss;          /* radiative loss coefficient                   */
} Material;

typedef struct {
    double heat;
    double fuel;
    double tmax;
    int    imax;
    int    front;
} Diag;

static const Material rod = { 0.8, 0.02, 6.0e5, 9000.0, 1500.0, 2.0e-13 };

static double dx, dt;

/* ------------------------------------------------------------------ */

static void bail(const char *msg)
{
    fprintf(stderr, "heat_rod: %s\n", msg);
    exit(EXIT_FAILURE);
}

static double conductivity(double t)
{
    return rod.k0 + rod.k1 * sqrt(t);
}

/* Face conductivity: harmonic mean of the neighbouring cells. */
static double face_k(double ta, double tb)
{
    double ka = conductivity(ta), kb = conductivity(tb);
    return 2.0 * ka * kb / (ka + kb);
}

/*
 * Integrate the local source over one step: fuel is consumed at an
 * Arrhenius rate, the released heat raises the temperature and some is
 * radiated away.  Returns the new temperature, updates *fuel.
 */
static double react(double t, double *fuel, double h)
{
    double f = *fuel;
    double sub = h / SUBSTEPS;
    int s;

    for (s = 0; s < SUBSTEPS; s++) {
        double rate = rod.a * f * exp(-rod.ea / t);
        double burn = MIN(f, rate * sub);
        double rad = rod.loss * (pow(t, 4.0) - pow(T_AMBIENT, 4.0));
        f -= burn;
        t += rod.q * burn * 1.0e-3 - rad * sub;
        t = MAX(t, T_AMBIENT);
    }
    *fuel = f;
    return t;
}

/*
 * Update cells [lo, hi) of the rod: diffusion from the old field followed
 * by the local reaction.  Only reads cur[] and fuel_old[]; writes next[]
 * and fuel_new[] for its own cells.
 */
static void update_block(const double *cur, double *next,
                         const double *fuel_old, double *fuel_new,
                         int lo, int hi)
{
    int i;
    double r = dt / (dx * dx);

    for (i = lo; i < hi; i++) {
        double tl, tr, flux, t, f;

        if (i == 0) {
            next[i] = T_LEFT;
            fuel_new[i] = 0.0;
            continue;
        }
        tl = cur[i - 1];
        tr = (i == NX - 1) ? cur[i] : cur[i + 1];
        flux = face_k(cur[i], tr) * (tr - cur[i]) - face_k(tl, cur[i]) * (cur[i] - tl);
        t = cur[i] + r * flux;
        f = fuel_old[i];
        next[i] = react(t, &f, dt);
        fuel_new[i] = f;
    }
}

static void diagnose(const double *t, const double *fuel, Diag *d)
{
    int i;

    d->heat = 0.0;
    d->fuel = 0.0;
    d->tmax = t[0];
    d->imax = 0;
    for (i = 0; i < NX; i++) {
        d->heat += t[i] * dx;
        d->fuel += fuel[i] * dx;
        if (t[i] > d->tmax) {
            d->tmax = t[i];
            d->imax = i;
        }
    }
    /* flame front: last cell (from the left) hotter than ignition */
    d->front = 0;
    for (i = 1; i < NX; i++) {
        if (t[i] < T_IGNITE)
            break;
        d->front = i;
    }
}

static void simulate(void)
{
    double cur[NX], next[NX];
    double fuel_a[NX], fuel_b[NX];
    double *u = cur, *v = next, *fu = fuel_a, *fv = fuel_b, *tmp;
    double kmax;
    int step, blk, i;
    Diag d;

    for (i = 0; i < NX; i++) {
        double x = (i + 0.5) * dx;
        cur[i] = T_AMBIENT + 900.0 * exp(-x / 24.0);
        fuel_a[i] = 1.0 - 0.3 * (double)((i * 37) % 11) / 10.0;
    }

    /* stable explicit step for the hottest conductivity expected */
    kmax = conductivity(3.0 * T_LEFT);
    dt = 0.4 * dx * dx / kmax;

    for (step = 0; step <= NSTEPS; step++) {
        if (step % PRINT_EVERY == 0 || step == NSTEPS) {
            diagnose(u, fu, &d);
            printf("step %4d  t=%.4f  heat %.6f  fuel %.6f  tmax %.3f @%d  front %d\n",
                   step, step * dt, d.heat, d.fuel, d.tmax, d.imax, d.front);
        }
        if (step == NSTEPS)
            break;

        for (blk = 0; blk < NBLK; blk++) {
            int lo = blk * BLOCK;
            int hi = MIN(lo + BLOCK, NX);
            update_block(u, v, fu, fv, lo, hi);
        }

        tmp = u; u = v; v = tmp;
        tmp = fu; fu = fv; fv = tmp;
    }

    {
        unsigned long long sig = 1469598103934665603ull;
        for (i = 0; i < NX; i += 7) {
            long q = lround(u[i] * 16.0);
            sig = (sig ^ (unsigned long long)q) * 1099511628211ull;
        }
        printf("profile signature %016llx\n", sig);
    }
}

int main(void)
{
    if (NX < 8 || BLOCK < 1 || NSTEPS < 1 || PRINT_EVERY < 1 || SUBSTEPS < 1)
        bail("bad configuration");

    dx = CELL;
    printf("rod: %d cells, %d blocks of %d, %d steps\n", NX, NBLK, BLOCK, NSTEPS);
    simulate();
    return 0;
}
