#include "mat.h"

double mat_weighted_sum(const Mat *m)
{
    double s = 0.0;
    int i;
    for (i = 0; i < m->n * m->n; i++)
        s += m->a[i] * (double)(i % 7 + 1);
    return s;
}
