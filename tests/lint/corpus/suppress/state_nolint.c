/* state_nolint.c — suppression comments on global-state and mutates-input
 * findings: one naming the check on the line, one on the line before, a
 * begin/end region, one without a check name (every check), one with a list of
 * two checks, and comments naming a different check, which leave the finding
 * reported.  (This header avoids the comment keywords themselves: a keyword in
 * prose would be a suppression comment too.) */
#include <stdio.h>
#include "delayed.h"

#define N 100000

static long processed;
static double last_mean;
static int runs;

DELAYED double mean_logged(const double *v, int n, double *out)
{
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += v[i];
    processed += n; // NOLINT(delayed-global-state)
    // NOLINTNEXTLINE(delayed-mutates-input)
    *out = s / n;
    // NOLINTBEGIN(delayed-global-state)
    last_mean = s / n;
    runs++;
    // NOLINTEND(delayed-global-state)
    out[1] = (double)n; // NOLINT
    return s / n;
}

DELAYED double max_logged(const double *v, int n, double *out)
{
    double m = v[0];
    for (int i = 1; i < n; i++)
        if (v[i] > m)
            m = v[i];
    processed += n; // NOLINT(delayed-mutates-input) expect: delayed-global-state
    // NOLINTNEXTLINE(delayed-global-state)
    out[0] = m; // expect: delayed-mutates-input
    // NOLINTBEGIN(delayed-mutates-input)
    runs++; // expect: delayed-global-state
    // NOLINTEND(delayed-mutates-input)
    out[1] = runs; // NOLINT(delayed-mutates-input,delayed-global-state)
    return m;
}

int main(void)
{
    static double v[N];
    double o1[2], o2[2];
    for (int i = 0; i < N; i++)
        v[i] = (i % 100) * 0.5;
    double a = mean_logged(v, N, o1);
    double b = max_logged(v, N, o2);
    printf("%.2f %.2f %.2f %.2f %ld %.2f %d\n", a, b, o1[0], o2[0], processed, last_mean, runs);
    return 0;
}
