/* results_log.c — statistics of two signals, each delayed function also logging
 * into a global array and a global counter (in a nested block).  peak logs
 * through a DELAYED_OUT parameter instead: main passes the address of the global
 * slot, and only main names the global.  zero_crossings keeps no state. */
#include <math.h>
#include <stdio.h>
#include "delayed.h"

#define N 100000

long tasks_done;
double results_log[16];

DELAYED double rms(const double *v, int n, int slot)
{
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += v[i] * v[i];
    double r = sqrt(s / n);
    if (slot >= 0 && slot < 16) {
        results_log[slot] = r; // expect: delayed-global-state
        tasks_done++; // expect: delayed-global-state
    }
    return r;
}

DELAYED double peak(const double *v, int n, DELAYED_OUT double *log_slot)
{
    double m = fabs(v[0]);
    for (int i = 1; i < n; i++)
        if (fabs(v[i]) > m)
            m = fabs(v[i]);
    *log_slot = m;
    return m;
}

DELAYED long zero_crossings(DELAYED_IN_N(N) const double *v)
{
    long c = 0;
    for (int i = 1; i < N; i++)
        if ((v[i - 1] < 0.0) != (v[i] < 0.0))
            c++;
    return c;
}

int main(void)
{
    static double a[N], b[N];
    for (int i = 0; i < N; i++) {
        a[i] = sin(i * 0.001);
        b[i] = cos(i * 0.002) * 0.5;
    }
    double r = rms(a, N, 0);
    double p = peak(b, N, &results_log[1]);
    long za = zero_crossings(a);
    long zb = zero_crossings(b);
    printf("rms %.4f peak %.4f logged %.4f after %ld tasks\n", r, p, results_log[1], tasks_done);
    printf("zero crossings %ld %ld\n", za, zb);
    return 0;
}
