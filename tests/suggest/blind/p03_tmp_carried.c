#include <stdio.h>
#include <math.h>
#define N 40
static double a[N];
int main(void)
{
    int i, k, r;
    double t = 0.5, s;
    for (r = 0; r < 3; r++) {
        for (i = 0; i < N; i++) {
            s = t;
            for (k = 0; k < 2500; k++)
                s += sin(s * 0.001 + k);
            a[i] = s;
            t = s * 0.001;
        }
    }
    printf("%.6f %.6f %.6f\n", a[0], a[N/2], a[N-1]);
    return 0;
}
