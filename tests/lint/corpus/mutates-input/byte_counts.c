/* byte_counts.c — counts of bytes on typed pointers (blind round 63b): a
 * `double *` counted DELAYED_OUT_N(nbytes) whose body runs to nbytes /
 * sizeof(double) declares eight times the elements it touches, and the tasks
 * on the blocks of one array are ordered.  A `void *` counts bytes (right);
 * a count of elements, or one already divided, is right too. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(nbytes) double *p, size_t nbytes) // expect: delayed-mutates-input
{
    for (size_t i = 0; i < nbytes / sizeof(double); i++)
        p[i] = (double)i * 0.5;
}

DELAYED void clear(DELAYED_OUT_N(nbytes) void *p, size_t nbytes)
{
    memset(p, 0, nbytes);
}

DELAYED double total(DELAYED_IN_N(n) const double *p, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += p[i];
    return s;
}

DELAYED void halve(DELAYED_INOUT_N(nbytes / sizeof(double)) double *p, size_t nbytes)
{
    for (size_t i = 0; i < nbytes / sizeof(double); i++)
        p[i] /= 2;
}

int main(void)
{
    double a[64];
    double s[8];
    for (int b = 0; b < 8; b++)
        fill(a + 8 * b, 8 * sizeof(double));
    for (int b = 0; b < 8; b++)
        halve(a + 8 * b, 8 * sizeof(double));
    for (int b = 0; b < 8; b++)
        s[b] = total(a + 8 * b, 8);
    clear(a, sizeof a);
    for (int b = 0; b < 8; b++)
        printf("%.1f\n", s[b]);
    return 0;
}
