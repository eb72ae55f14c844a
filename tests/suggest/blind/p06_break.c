#include <stdio.h>
#include <math.h>
#define N 64
static double out[N];
static int run(int n)
{
    int i, k;
    for (i = 0; i < n; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++)
            s += log(1.0 + i + k);
        if (s > 60000.0)
            break;
        out[i] = s;
    }
    return i;
}
static int run2(int n)
{
    int i, k;
    for (i = 0; i < n; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++)
            s += log(2.0 + i + k);
        if (s > 61000.0)
            return i;
        out[i] += s;
    }
    return -1;
}
static int run3(int n)
{
    int i, k;
    for (i = 0; i < n; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++)
            s += log(3.0 + i + k);
        if (s > 62000.0)
            goto done;
        out[i] += s;
    }
    return -1;
done:
    return i * 100;
}
int main(void)
{
    int i, a = run(N), b = run2(N), c = run3(N);
    printf("%d %d %d\n", a, b, c);
    for (i = 0; i < N; i += 5)
        printf("%d %.4f\n", i, out[i]);
    return 0;
}
