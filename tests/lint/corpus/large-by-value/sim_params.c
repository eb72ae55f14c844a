/* sim_params.c — polynomial-response simulations configured by a parameter
 * block of 512 coefficients (about 4 KiB).  Passing the block by value copies it
 * into every task: each such call is reported, also when the parameter is
 * declared const (still a copy).  The small range struct (8 bytes) by value is
 * fine, and so is the const pointer marked DELAYED_IN. */
#include <stdio.h>
#include "delayed.h"

#define NCOEF 512

struct sim_params {
    double coef[NCOEF];
    int steps;
};

struct range {
    int lo, hi;
};

DELAYED double run_copy(struct sim_params p, struct range r)
{
    double acc = 0.0;
    for (int s = 0; s < p.steps; s++)
        for (int i = r.lo; i < r.hi; i++)
            acc += p.coef[i] * (s % 7);
    return acc;
}

DELAYED double run_ref(DELAYED_IN const struct sim_params *p, struct range r)
{
    double acc = 0.0;
    for (int s = 0; s < p->steps; s++)
        for (int i = r.lo; i < r.hi; i++)
            acc += p->coef[i] * (s % 7);
    return acc;
}

DELAYED double first_step(const struct sim_params p, int k)
{
    double acc = 0.0;
    for (int i = 0; i < NCOEF; i++)
        acc += p.coef[i] * k;
    return acc;
}

int main(void)
{
    struct sim_params params;
    for (int i = 0; i < NCOEF; i++)
        params.coef[i] = 1.0 / (i + 1);
    params.steps = 2000;
    struct range lo = { 0, NCOEF / 2 }, hi = { NCOEF / 2, NCOEF };

    double a = run_copy(params, lo); // expect: delayed-large-by-value
    double b = run_copy(params, hi); // expect: delayed-large-by-value
    double c = run_ref(&params, lo);
    double d = run_ref(&params, hi);
    double e = first_step(params, 3); // expect: delayed-large-by-value
    printf("%.4f %.4f %.4f %.4f %.4f\n", a, b, c, d, e);
    return 0;
}
