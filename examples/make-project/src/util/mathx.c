/* mathx.c — floating-point helpers (links -lm). */
#include <math.h>
#include "mathx.h"

double norm(const int *v, int n)
{
    double s = 0;
    for (int i = 0; i < n; i++)
        s += (double)v[i] * v[i];
    return sqrt(s) / 1000.0;
}
