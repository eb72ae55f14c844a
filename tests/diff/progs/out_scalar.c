/* out_scalar.c — covers: DELAYED_OUT pointer parameters on the addresses of local
 * scalars (&lo, &hi, &q, &r), several OUT results from one task, and OUT results
 * then read by another task and by ordinary code. */
#include <stdio.h>
#include "delayed.h"

DELAYED void minmax(DELAYED_IN_N(n) const int *a, int n,
                    DELAYED_OUT int *lo, DELAYED_OUT int *hi)
{
    int mn = a[0], mx = a[0];
    for (int i = 1; i < n; i++) {
        if (a[i] < mn) mn = a[i];
        if (a[i] > mx) mx = a[i];
    }
    *lo = mn;
    *hi = mx;
}

DELAYED void divmod(int a, int b, DELAYED_OUT int *q, DELAYED_OUT int *r)
{
    *q = a / b;
    *r = a % b;
}

DELAYED int span(int lo, int hi) { return hi - lo; }

int main(void)
{
    int a[64];
    for (int i = 0; i < 64; i++)
        a[i] = (i * 37 + 11) % 101 - 50;

    int lo, hi;
    minmax(a, 64, &lo, &hi);
    int width = span(lo, hi);

    int q, r;
    divmod(1000, 7, &q, &r);
    int q2, r2;
    divmod(q, r, &q2, &r2);

    int lo2, hi2;
    minmax(a + 32, 32, &lo2, &hi2);

    printf("lo=%d hi=%d width=%d\n", lo, hi, width);
    printf("1000/7=%d rem %d; %d/%d=%d rem %d\n", q, r, q, r, q2, r2);
    printf("upper half: lo=%d hi=%d\n", lo2, hi2);
    return 0;
}
