/*
 * nbody_steps.c - direct-summation gravitational N-body integrator.
 *
 * Particles start in a Plummer-like sphere with a small rotation.  Every
 * step computes all pairwise accelerations (O(N^2)), then advances the
 * system with a kick-drift-kick leapfrog.  Total energy, momentum and the
 * closest approach are reported so that drift and bugs are visible.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef NBODIES
#define NBODIES   1600
#endif
#ifndef NSTEPS
#define NSTEPS    64
#endif
#define REPORT_EVERY 16

#define G_CONST   1.0
#define DT        0.002
#define SOFTEN    0.01          /* Plummer softening length */

#define SQR(x) ((x) * (x))

typedef struct {
    double x, y, z;
    double vx, vy, vz;
    double mass;
} Body;

typedef struct {
    double kinetic;
    double potential;
    double lz;                  /* angular momentum about the z axis */
} Energy;

/* Simulation state. */
static Body   bodies[NBODIES];
static double ax[NBODIES], ay[NBODIES], az[NBODIES];

/* Parameters: set once in setup(), read-only during the run. */
static double soften2;
static double total_mass;

/* Closest approach seen by compute_accelerations(), for diagnostics. */
static double min_sep2;

static unsigned long long lcg_state = 88172645463325252ull;

static double rand_unit(void)
{
    lcg_state = lcg_state * 6364136223846793005ull + 1442695040888963407ull;
    return (double)(lcg_state >> 11) * (1.0 / 9007199254740992.0);
}

/* ------------------------------------------------------------------ */

static void setup(void)
{
    int i;
    double cmx = 0, cmy = 0, cmz = 0, cvx = 0, cvy = 0, cvz = 0;

    soften2 = SOFTEN * SOFTEN;
    total_mass = 0.0;

    for (i = 0; i < NBODIES; i++) {
        Body *b = &bodies[i];
        /* Plummer radius from the inverse cumulative mass profile */
        double u = rand_unit() * 0.98 + 0.01;
        double r = 1.0 / sqrt(pow(u, -2.0 / 3.0) - 1.0);
        double ct = 2.0 * rand_unit() - 1.0;
        double st = sqrt(1.0 - ct * ct);
        double phi = 2.0 * 3.14159265358979323846 * rand_unit();
        double vesc, v;

        if (r > 8.0)
            r = 8.0;
        b->mass = (0.5 + rand_unit()) / NBODIES;
        b->x = r * st * cos(phi);
        b->y = r * st * sin(phi);
        b->z = r * ct;

        vesc = sqrt(2.0) * pow(1.0 + r * r, -0.25);
        v = 0.45 * vesc * rand_unit();
        ct = 2.0 * rand_unit() - 1.0;
        st = sqrt(1.0 - ct * ct);
        phi = 2.0 * 3.14159265358979323846 * rand_unit();
        b->vx = v * st * cos(phi) - 0.1 * b->y;   /* slight spin about z */
        b->vy = v * st * sin(phi) + 0.1 * b->x;
        b->vz = v * ct;

        total_mass += b->mass;
        cmx += b->mass * b->x;  cmy += b->mass * b->y;  cmz += b->mass * b->z;
        cvx += b->mass * b->vx; cvy += b->mass * b->vy; cvz += b->mass * b->vz;
    }

    /* move to the centre-of-mass frame */
    cmx /= total_mass; cmy /= total_mass; cmz /= total_mass;
    cvx /= total_mass; cvy /= total_mass; cvz /= total_mass;
    for (i = 0; i < NBODIES; i++) {
        bodies[i].x -= cmx;  bodies[i].y -= cmy;  bodies[i].z -= cmz;
        bodies[i].vx -= cvx; bodies[i].vy -= cvy; bodies[i].vz -= cvz;
    }
}

/*
 * Acceleration on every body from every other body.  Each i reads all
 * bodies and writes only ax[i], ay[i], az[i].
 */
static void compute_accelerations(void)
{
    int i, j;

    min_sep2 = 1e300;
    for (i = 0; i < NBODIES; i++) {
        const double xi = bodies[i].x, yi = bodies[i].y, zi = bodies[i].z;
        double sx = 0.0, sy = 0.0, sz = 0.0;

        for (j = 0; j < NBODIES; j++) {
            double dx, dy, dz, d2, inv, inv3;
            if (j == i)
                continue;
            dx = bodies[j].x - xi;
            dy = bodies[j].y - yi;
            dz = bodies[j].z - zi;
            d2 = dx * dx + dy * dy + dz * dz;
            if (d2 < min_sep2)
                min_sep2 = d2;
            d2 += soften2;
            inv = 1.0 / sqrt(d2);
            inv3 = bodies[j].mass * inv * inv * inv;
            sx += dx * inv3;
            sy += dy * inv3;
            sz += dz * inv3;
        }
        ax[i] = G_CONST * sx;
        ay[i] = G_CONST * sy;
        az[i] = G_CONST * sz;
    }
}

static void kick(double dt)
{
    int i;
    for (i = 0; i < NBODIES; i++) {
        bodies[i].vx += ax[i] * dt;
        bodies[i].vy += ay[i] * dt;
        bodies[i].vz += az[i] * dt;
    }
}

static void drift(double dt)
{
    int i;
    for (i = 0; i < NBODIES; i++) {
        bodies[i].x += bodies[i].vx * dt;
        bodies[i].y += bodies[i].vy * dt;
        bodies[i].z += bodies[i].vz * dt;
    }
}

/* Kinetic + potential energy; the pair sum visits each pair once. */
static void measure(Energy *e)
{
    int i, j;

    memset(e, 0, sizeof *e);
    for (i = 0; i < NBODIES; i++) {
        const Body *b = &bodies[i];
        e->kinetic += 0.5 * b->mass * (SQR(b->vx) + SQR(b->vy) + SQR(b->vz));
        e->lz += b->mass * (b->x * b->vy - b->y * b->vx);
    }
    for (i = 0; i < NBODIES; i++) {
        for (j = i + 1; j < NBODIES; j++) {
            double d2 = SQR(bodies[i].x - bodies[j].x) + SQR(bodies[i].y - bodies[j].y)
                      + SQR(bodies[i].z - bodies[j].z) + soften2;
            e->potential -= G_CONST * bodies[i].mass * bodies[j].mass / sqrt(d2);
        }
    }
}

static double half_mass_radius(void)
{
    double *r2 = malloc(NBODIES * sizeof *r2);
    double lo = 0.0, hi = 64.0;
    int i, it;

    if (!r2) {
        fprintf(stderr, "nbody: out of memory\n");
        exit(EXIT_FAILURE);
    }
    for (i = 0; i < NBODIES; i++)
        r2[i] = SQR(bodies[i].x) + SQR(bodies[i].y) + SQR(bodies[i].z);
    /* bisection on the enclosed mass */
    for (it = 0; it < 50; it++) {
        double mid = 0.5 * (lo + hi), m = 0.0;
        for (i = 0; i < NBODIES; i++)
            if (r2[i] < mid * mid)
                m += bodies[i].mass;
        if (m < 0.5 * total_mass)
            lo = mid;
        else
            hi = mid;
    }
    free(r2);
    return 0.5 * (lo + hi);
}

int main(void)
{
    Energy e0, e;
    int step;
    double closest = 1e300;

    setup();
    measure(&e0);
    printf("bodies %d  mass %.12f  E0 %.10e (K %.9e U %.9e)  Lz %.8e\n", NBODIES, total_mass,
           e0.kinetic + e0.potential, e0.kinetic, e0.potential, e0.lz);

    compute_accelerations();
    for (step = 1; step <= NSTEPS; step++) {
        kick(0.5 * DT);
        drift(DT);
        compute_accelerations();
        kick(0.5 * DT);
        if (min_sep2 < closest)
            closest = min_sep2;

        if (step % REPORT_EVERY == 0 || step == NSTEPS) {
            measure(&e);
            printf("step %3d  E %.10e  dE/E %+.4e  Lz %.8e  rh %.6f\n",
                   step, e.kinetic + e.potential,
                   (e.kinetic + e.potential - (e0.kinetic + e0.potential)) / fabs(e0.kinetic + e0.potential),
                   e.lz, half_mass_radius());
        }
    }
    printf("closest approach %.9e\n", sqrt(closest));
    printf("body 0: %.12f %.12f %.12f\n", bodies[0].x, bodies[0].y, bodies[0].z);
    return 0;
}
