/* param_type_spellings.c — delayed functions whose parameters are spelled in less
 * common but valid ways: a typedef'd array type (`const vec3 v`), a `register`
 * parameter, `const volatile` scalars, a pointer to a VLA row whose bound is an
 * earlier parameter (`int n, const double (*m)[n]`), and an enum parameter. */
#include <stdio.h>
#include "delayed.h"

typedef double vec3[3];
enum axis { AX, AY, AZ };

DELAYED double dot3(const vec3 a, const vec3 b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }
DELAYED int twice(register int x) { return x * 2; }
DELAYED long cv(const volatile long x) { return x + 1; }
DELAYED double trace(int n, DELAYED_IN_N(n) const double (*m)[n])
{
    double t = 0;
    for (int i = 0; i < n; i++)
        t += m[i][i];
    return t;
}
DELAYED double pick(DELAYED_IN_N(3) const double *v, enum axis a) { return v[a]; }

int main(void)
{
    vec3 u = { 1, 2, 3 }, w = { -1, 0.5, 2 };
    double d = dot3(u, w);
    int t = twice(21);
    long c = cv(41L);
    int size = 4;
    double m[4][4];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            m[i][j] = i * 4 + j;
    double tr = trace(size, (const double (*)[size])m);
    double py = pick(u, AY);
    printf("d=%.2f t=%d c=%ld tr=%.1f py=%.1f\n", d, t, c, tr, py);
    return 0;
}
