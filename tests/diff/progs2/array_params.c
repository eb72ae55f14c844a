/* array_params.c — delayed functions whose pointer parameters are written in
 * array syntax (`const int a[N]`, `int out[]`, `int a[static 4]`, a 2-D
 * `const double m[][C]`), with and without IN/OUT annotations. */
#include <stdio.h>
#include "delayed.h"

#define N 8
#define C 4

DELAYED int sum8(const int a[N])
{
    int s = 0;
    for (int i = 0; i < N; i++)
        s += a[i];
    return s;
}

DELAYED void twice(DELAYED_IN_N(n) const int in[], DELAYED_OUT_N(n) int out[], int n)
{
    for (int i = 0; i < n; i++)
        out[i] = 2 * in[i];
}

DELAYED int first4(const int a[static 4]) { return a[0] + a[1] + a[2] + a[3]; }

DELAYED double rowsum(DELAYED_IN_N(rows) const double m[][C], int rows)
{
    double s = 0;
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < C; c++)
            s += m[r][c];
    return s;
}

int main(void)
{
    int a[N], b[N];
    for (int i = 0; i < N; i++)
        a[i] = i * i;
    int s1 = sum8(a);
    twice(a, b, N);
    int s2 = sum8(b);
    int f4 = first4(b + 4);
    double m[3][C];
    for (int r = 0; r < 3; r++)
        for (int c = 0; c < C; c++)
            m[r][c] = r - c * 0.5;
    double rs = rowsum((const double (*)[C])m, 3);
    printf("s1=%d s2=%d f4=%d rs=%.2f\n", s1, s2, f4, rs);
    return 0;
}
