#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#define N 40
static double a[N];
static void finish(void) { printf("a[5]=%.5f a[30]=%.5f\n", a[5], a[30]); }
int main(void)
{
    int i;
    atexit(finish);
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += sin(i + k * 0.001);
        if (i == 20) exit(0);
        a[i] = s;
    }
    return 0;
}
