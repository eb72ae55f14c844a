/* pipeline.c — a per-sample pipeline written as one delayed function that
 * calls three other delayed functions: each of those calls is a task spawned
 * from inside a task, also when three of them share one line or a call spans two
 * lines (reported on the line where the call starts).  main_direct() shows the
 * intended form: the caller calls the three steps itself. */
#include <stdio.h>
#include "delayed.h"

#define WORK 500000

DELAYED double denoise(double x)
{
    double y = x;
    for (int i = 0; i < WORK; i++)
        y = 0.999 * y + 0.001 * x;
    return y;
}

DELAYED double detrend(double x)
{
    double y = 0.0;
    for (int i = 0; i < WORK; i++)
        y += (x - 0.5) / WORK;
    return y;
}

DELAYED double merge(double a, double b)
{
    double y = 0.0;
    for (int i = 0; i < WORK; i++)
        y += (a + b) / WORK;
    return y;
}

DELAYED double pipeline(double x)
{
    double a = denoise(x); // expect: delayed-nested
    double b = detrend(x); // expect: delayed-nested
    return merge(a, b); // expect: delayed-nested
}

DELAYED double pipeline_short(double x)
{
    return merge(denoise(x), detrend(x)); // expect: delayed-nested x3
}

DELAYED double pipeline_wrapped(double x, double y)
{
    double a = denoise(x); // expect: delayed-nested
    double b =
        merge( // expect: delayed-nested
            a, y);
    return b;
}

static double main_direct(double x)
{
    double a = denoise(x);
    double b = detrend(x);
    double c = merge(a, b);
    return c;
}

int main(void)
{
    double p = pipeline(1.5);
    double q = pipeline(2.5);
    double r = main_direct(3.5);
    double s = pipeline_short(4.5);
    double t = pipeline_wrapped(5.5, 0.5);
    printf("%.6f %.6f %.6f %.6f %.6f\n", p, q, r, s, t);
    return 0;
}
