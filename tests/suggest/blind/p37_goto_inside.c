#include <stdio.h>
#include <math.h>
#define N 40
static double out[N];
int main(void)
{
    int i;
    for (i = 0; i < N; i++) {
        double s = 0; int k, tries = 0;
    retry:
        for (k = 0; k < 1500; k++) s += sin(i + k * 0.01 + tries);
        if (++tries < 2) goto retry;
        out[i] = s;
    }
    printf("%.5f %.5f\n", out[0], out[N - 1]);
    return 0;
}
