/* shadowing.c — names that look global but are not: a local variable and a
 * parameter with the same names as mutable globals, a static local of an
 * ordinary function, and a global's address handed in by main.  Only the two
 * real uses of globals inside delayed functions (one inside a switch, one in a
 * do-while) are findings. */
#include <stdio.h>
#include "delayed.h"

#define N 200000

int count;
double scale = 2.0;
static int mode;

static int next_ticket(void)
{
    static int ticket;
    return ++ticket;
}

DELAYED long count_small(DELAYED_IN_N(N) const int *v)
{
    long count = 0;
    for (int i = 0; i < N; i++)
        if (v[i] < 10)
            count++;
    return count;
}

DELAYED double scaled_sum(DELAYED_IN_N(N) const int *v, double scale)
{
    double s = 0.0;
    for (int i = 0; i < N; i++)
        s += v[i] * scale;
    return s;
}

DELAYED long by_mode(DELAYED_IN_N(N) const int *v)
{
    long s = 0;
    for (int i = 0; i < N; i++) {
        switch (v[i] % 3) {
        case 0:
            s += v[i];
            break;
        default:
            s += mode; // expect: delayed-global-state
            break;
        }
    }
    return s;
}

DELAYED long until_limit(DELAYED_IN_N(N) const int *v)
{
    long s = 0;
    int i = 0;
    do {
        s += v[i] * (long)scale; // expect: delayed-global-state
        i++;
    } while (i < N && s < 1000000);
    return s;
}

DELAYED void record(DELAYED_OUT int *slot, long value) { *slot = (int)(value % 1000); }

int main(void)
{
    static int v[N];
    for (int i = 0; i < N; i++)
        v[i] = (i * 31) % 97;
    mode = next_ticket();
    long a = count_small(v);
    double b = scaled_sum(v, scale);
    long c = by_mode(v);
    long d = until_limit(v);
    record(&count, a);
    printf("%ld %.1f %ld %ld %d\n", a, b, c, d, count);
    return 0;
}
