/* suggest_retry.c — inner is called inside outer; outer is dropped (its calls run
 * inline, and the break keeps its loop from being split), so inner is proposed
 * after all (lit input: lint/suggest-refused.test). */
#include <stdio.h>
static double inner(const double *v, int n)
{
    double s = 0;
    for (int i = 0; i < n; i++) s += v[i] * v[i];
    return s;
}
static double outer(const double *v, int n)
{
    double part[8];
    for (int k = 0; k < 8; k++) part[k] = inner(v + k * n, n);
    double s = 0;
    for (int k = 0; k < 8; k++) s += part[k];
    return s;
}
int main(void)
{
    static double v[8 * 4096];
    for (int i = 0; i < 8 * 4096; i++) v[i] = i % 13;
    double t = 0;
    for (int r = 0; r < 4; r++) { double x = outer(v + 0 * r, 4096); if (x < 0) break; t += x * r; }
    printf("%.1f\n", t);
    return 0;
}
