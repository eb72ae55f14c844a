/* ptr_param_process.c — a non-delayed function `process(double *out, int n)` that
 * calls delayed functions into out[i] (the caller's buffer), one with an early
 * return on a bad argument, one writing into a struct passed by pointer; the
 * caller reads the results after the calls return. */
#include <stdio.h>
#include "delayed.h"

DELAYED double poly(double x) { return ((x * 0.5 + 1.0) * x - 2.0) * x + 3.0; }
DELAYED double half(double x) { return x / 2; }

struct stats { double lo, hi, mid; };

static int process(double *out, int n)
{
    if (n <= 0)
        return -1;
    for (int i = 0; i < n; i++)
        out[i] = poly(i * 0.25);
    if (n > 100)
        return 1;
    for (int i = 0; i < n; i++)
        out[i] = half(out[i]);
    return 0;
}

static void fill_stats(struct stats *st, double a, double b)
{
    st->lo = poly(a);
    st->hi = poly(b);
    st->mid = half(st->lo + st->hi);
}

int main(void)
{
    double buf[16];
    int rc = process(buf, 16);
    printf("rc=%d\n", rc);
    for (int i = 0; i < 16; i++)
        printf("%.5f%c", buf[i], i == 15 ? '\n' : ' ');
    rc = process(buf, 0);
    printf("rc=%d\n", rc);
    static double big[200];
    rc = process(big, 200);
    printf("rc=%d big[199]=%.4f\n", rc, big[199]);

    struct stats st;
    fill_stats(&st, -1.0, 2.5);
    printf("lo=%.4f hi=%.4f mid=%.4f\n", st.lo, st.hi, st.mid);
    return 0;
}
