/*
 * escape_walkers.c - first-passage times of overdamped Brownian walkers
 * in a tilted double-well potential.
 *
 *     dx = -V'(x) dt + sqrt(2 kT dt) N(0,1),   V(x) = x^4/4 - x^2/2 - tilt*x
 *
 * Walkers start near the left minimum and are followed until they cross
 * the barrier region (x > X_EXIT) or MAX_STEPS is reached.  Each walker
 * has its own generator seeded from (run seed, walker index), so the
 * result of a walker does not depend on the order walkers are processed.
 * Starting positions come from the shared setup generator.
 *
 * Output: escape fraction, mean/median first-passage time, a coarse
 * histogram and the survival curve at a few times.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef NWALKERS
#define NWALKERS 6000
#endif
#ifndef MAX_STEPS
#define MAX_STEPS 12000
#endif
#ifndef NHIST
#define NHIST 20
#endif

#define DT        0.01
#define KT        0.10
#define TILT      0.06
#define X_START   (-1.0)
#define X_EXIT    0.9
#define RUN_SEED  0x5eed1234abcdull
#define TWO_PI    6.28318530717958647692

typedef struct {
    double   x0;          /* starting position                     */
    double   t_exit;      /* first-passage time, or -1 if trapped  */
    double   x_final;
    double   min_x;       /* leftmost excursion                    */
    int      steps;
} Walk;

typedef struct {
    uint64_t s[2];
    int      have_spare;
    double   spare;
} Rng;

static Walk     walks[NWALKERS];
static uint64_t setup_state = 88172645463325252ull;

/* ------------------------------------------------------------------ */

static void die(const char *msg)
{
    fprintf(stderr, "escape_walkers: %s\n", msg);
    exit(EXIT_FAILURE);
}

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static void rng_seed(Rng *r, uint64_t seed, uint64_t stream)
{
    uint64_t x = seed ^ (stream * 0xd1342543de82ef95ull);
    r->s[0] = splitmix64(&x);
    r->s[1] = splitmix64(&x);
    if ((r->s[0] | r->s[1]) == 0)
        r->s[1] = 1;
    r->have_spare = 0;
    r->spare = 0.0;
}

/* xorshift128+ */
static uint64_t rng_next(Rng *r)
{
    uint64_t a = r->s[0];
    const uint64_t b = r->s[1];
    r->s[0] = b;
    a ^= a << 23;
    r->s[1] = a ^ b ^ (a >> 17) ^ (b >> 26);
    return r->s[1] + b;
}

static double rng_uniform(Rng *r)
{
    return ((double)(rng_next(r) >> 11) + 0.5) * (1.0 / 9007199254740992.0);
}

/* Box-Muller, caching the second variate. */
static double rng_normal(Rng *r)
{
    double u1, u2, rad;

    if (r->have_spare) {
        r->have_spare = 0;
        return r->spare;
    }
    u1 = rng_uniform(r);
    u2 = rng_uniform(r);
    rad = sqrt(-2.0 * log(u1));
    r->spare = rad * sin(TWO_PI * u2);
    r->have_spare = 1;
    return rad * cos(TWO_PI * u2);
}

static double force(double x)
{
    return -(x * x * x - x - TILT);
}

/* Setup: jittered starting points drawn in walker order. */
static void place_walkers(void)
{
    int i;

    for (i = 0; i < NWALKERS; i++) {
        setup_state ^= setup_state << 13;
        setup_state ^= setup_state >> 7;
        setup_state ^= setup_state << 17;
        walks[i].x0 = X_START + 0.2 * ((double)(setup_state >> 11) / 9007199254740992.0 - 0.5);
    }
}

static void run_walker(int idx, Walk *out)
{
    Rng rng;
    double x = out->x0, noise = sqrt(2.0 * KT * DT);
    int step;

    rng_seed(&rng, RUN_SEED, (uint64_t)idx);
    out->t_exit = -1.0;
    out->min_x = x;
    for (step = 1; step <= MAX_STEPS; step++) {
        x += force(x) * DT + noise * rng_normal(&rng);
        if (x < out->min_x)
            out->min_x = x;
        if (x > X_EXIT) {
            out->t_exit = step * DT;
            break;
        }
    }
    out->steps = step > MAX_STEPS ? MAX_STEPS : step;
    out->x_final = x;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(void)
{
    unsigned long hist[NHIST];
    double *times;
    double sum_t = 0.0, t_max = MAX_STEPS * DT, min_all;
    long long total_steps = 0;
    int i, b, nesc = 0, survivors;
    int lowest = 0;

    if (NWALKERS < 1 || MAX_STEPS < 1 || NHIST < 1)
        die("bad configuration");

    place_walkers();

    for (i = 0; i < NWALKERS; i++)
        run_walker(i, &walks[i]);

    times = malloc(sizeof(double) * NWALKERS);
    if (times == NULL)
        die("out of memory");

    memset(hist, 0, sizeof hist);
    min_all = walks[0].min_x;
    for (i = 0; i < NWALKERS; i++) {
        const Walk *w = &walks[i];
        total_steps += w->steps;
        if (w->min_x < min_all) {
            min_all = w->min_x;
            lowest = i;
        }
        if (w->t_exit < 0.0)
            continue;
        times[nesc++] = w->t_exit;
        sum_t += w->t_exit;
        b = (int)(w->t_exit / t_max * NHIST);
        if (b >= NHIST)
            b = NHIST - 1;
        hist[b]++;
    }
    qsort(times, (size_t)nesc, sizeof times[0], cmp_double);

    printf("walkers %d, max steps %d, dt %.3f, kT %.3f\n", NWALKERS, MAX_STEPS, DT, KT);
    printf("escaped %d (%.4f), total steps %lld\n", nesc, (double)nesc / NWALKERS, total_steps);
    if (nesc > 0)
        printf("mean exit time %.4f, median %.4f, p90 %.4f\n", sum_t / nesc,
               times[nesc / 2], times[(int)(0.9 * (nesc - 1))]);
    printf("deepest excursion %.5f by walker %d\n", min_all, lowest);

    survivors = NWALKERS;
    printf("survival:");
    for (b = 0; b < NHIST; b++) {
        survivors -= (int)hist[b];
        if (b % 4 == 3)
            printf(" S(%.1f)=%.4f", (b + 1) * t_max / NHIST, (double)survivors / NWALKERS);
    }
    printf("\n");
    printf("walker 0: x_final %.6f steps %d; walker %d: x_final %.6f steps %d\n",
           walks[0].x_final, walks[0].steps, NWALKERS - 1,
           walks[NWALKERS - 1].x_final, walks[NWALKERS - 1].steps);

    free(times);
    return 0;
}
