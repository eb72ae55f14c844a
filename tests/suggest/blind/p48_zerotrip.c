#include <stdio.h>
#include <math.h>
#define N 40
static double out[N], out2[N], out3[N];
int main(void)
{
    int i, j, k;
    double t = 7.0, u = 3.0, v = 1.0;
    for (i = 0; i < N; i++) {
        for (j = 0; j < i % 3; j++) {
            t = 0;
            for (k = 0; k < 1500; k++) t += sin(i + j + k * 0.001);
        }
        out[i] = t;
    }
    for (i = 0; i < N; i++) {
        switch (i % 4) {
        case 0: u = 0; for (k = 0; k < 3000; k++) u += cos(i + k * 0.001); break;
        case 1: u = 1; for (k = 0; k < 3000; k++) u += sin(i + k * 0.001); break;
        case 2: u = 2; for (k = 0; k < 3000; k++) u += sqrt(i + k * 0.001); break;
        }
        out2[i] = u;
    }
    for (i = 0; i < N; i++) {
        j = 0;
        while (j < i % 2) { v = 0; for (k = 0; k < 3000; k++) v += cos(i + k * 0.002); j++; }
        out3[i] = v;
    }
    printf("%.5f %.5f %.5f\n", out[0], out[3], out[N - 1]);
    printf("%.5f %.5f %.5f\n", out2[3], out2[7], out2[N - 1]);
    printf("%.5f %.5f %.5f\n", out3[0], out3[2], out3[N - 1]);
    return 0;
}
