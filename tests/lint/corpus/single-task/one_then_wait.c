/* one_then_wait.c — a new user's first delayed programs: each function spawns a
 * single task and immediately needs its value (printing it, delayed_compute, or
 * returning it), so nothing ever runs beside the task. */
#include <stdio.h>
#include "delayed.h"

#define N 2000000

DELAYED double series(int terms)
{
    double s = 0.0;
    for (int i = 0; i < terms; i++)
        s += (i % 2 ? -1.0 : 1.0) / (2 * i + 1);
    return 4.0 * s;
}

static double basel(int terms)
{
    double s = 0.0;
    for (int i = 1; i <= terms; i++)
        s += 1.0 / ((double)i * i);
    return s;
}

static void print_pi(void)
{
    double pi = series(N); // expect: delayed-single-task
    printf("pi ~ %.8f\n", pi);
}

static double zeta2(int terms)
{
    double z = delayed(basel)(terms); // expect: delayed-single-task
    delayed_compute(z);
    return z;
}

static double quick_pi(int terms)
{
    return series(terms); // expect: delayed-single-task
}

int main(void)
{
    print_pi();
    double z = zeta2(N);
    double q = quick_pi(1000);
    printf("%.6f %.6f\n", z, q);
    return 0;
}
