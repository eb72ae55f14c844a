/* lib.c — the work, called from main.c's loops only */
#include "lib.h"
double weigh(const double *v, int n)
{
    double s = 0;
    int r, i;
    for (r = 0; r < 200; r++)
        for (i = 0; i < n; i++) s += v[i] * (r + 1);
    return s;
}
void scale_into(double *restrict dst, const double *src, size_t count, double by)
{
    size_t r, i;
    for (r = 0; r < 100; r++)
        for (i = 0; i < count; i++) dst[i] = src[i] * by + (double)r;
}
int unnamed(const double *v, int n)
{
    int c = 0, r, i;
    for (r = 0; r < 200; r++)
        for (i = 0; i < n; i++) c += v[i] > r;
    return c;
}
int renamed(const double *v, int n)
{
    int c = 0, r, i;
    for (r = 0; r < 200; r++)
        for (i = 0; i < n; i++) c += v[i] < r;
    return c;
}
