#include <stdio.h>
#include <math.h>
#define N 64
static double out[N];
static void run(int n)
{
    int i, k;
    for (i = 0; i < n; i++) {
        double s = 0;
        out[i] = -1.0;
        if (i % 4 == 1)
            continue;
        for (k = 0; k < 3000; k++) {
            if (k % 7 == 3)
                continue;              /* inner continue */
            s += log(1.0 + i + k);
        }
        switch (i % 3) {
        case 0: s *= 2; break;        /* switch break */
        case 1: continue;             /* continue from a switch */
        default: break;
        }
        out[i] = s;
    }
}
int main(void)
{
    int i;
    run(N);
    for (i = 0; i < N; i += 5)
        printf("%d %.4f\n", i, out[i]);
    return 0;
}
