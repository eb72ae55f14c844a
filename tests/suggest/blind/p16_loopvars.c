#include <stdio.h>
#include <stddef.h>
#include <math.h>
#define N 48
static double a[N], b[N], c[N], d[N], e[N];
static double f(double x) { double s = 0; int k; for (k = 0; k < 2500; k++) s += sqrt(x + k); return s; }
int main(void)
{
    size_t i; unsigned u; long l; int j, n = N;
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 2500; k++) s += sqrt((double)i + k);
        a[i] = s;
    }
    for (u = N; u-- > 0;) {
        double s = 0; int k;
        for (k = 0; k < 2500; k++) s += sqrt((double)u + k * 2);
        b[u] = s;
    }
    for (l = N - 1; l >= 0; l--) {
        double s = 0; int k;
        for (k = 0; k < 2500; k++) s += sqrt((double)l + k * 3);
        c[l] = s;
    }
    for (j = 0; j < N; j += 2) {
        double s = 0; int k;
        for (k = 0; k < 2500; k++) s += sqrt((double)j + k * 4);
        d[j] = s;
        d[j + 1] = -s;
    }
    for (j = 0; j < n; j++) {
        double s = 0; int k;
        for (k = 0; k < 2500; k++) s += sqrt((double)j + k * 5);
        e[j] = s;
        if (s > 1e9) n--;
    }
    for (j = 0; j < N; j++) {
        double s = 0; int k;
        for (k = 0; k < 2500; k++) s += sqrt((double)j + k * 6);
        e[j] += s;
        if (j % 5 == 0) j++;
    }
    printf("%.3f %.3f %.3f %.3f %.3f %.3f\n", a[N-1], b[0], c[0], d[N-1], e[N-1], f(1));
    printf("%.3f %zu %u %ld %d\n", e[3], i, u, l, j);
    return 0;
}
