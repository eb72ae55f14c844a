/* suggest_kinds.c — legacy code with one of each kind of suggestion (lit
 * input: lint/suggest-fix.test): a function called in a loop over rows, a
 * recursive function, independent calls in a row. */
#include <stdio.h>
#include <string.h>

#define W 512

static void smooth_row(const double *in, double *out, int w)
{
    for (int x = 0; x < w; x++) {
        double s = 0;
        for (int k = -3; k <= 3; k++) {
            int j = x + k < 0 ? 0 : x + k >= w ? w - 1 : x + k;
            s += in[j] / 7.0;
        }
        out[x] = s;
    }
}

long fib(int n)
{
    if (n < 2)
        return n;
    return fib(n - 1) + fib(n - 2);
}

static double checksum(const double *v, int n)
{
    double s = 0;
    for (int i = 0; i < n; i++)
        for (int r = 0; r < 40; r++)
            s += v[i] * (i % 7 + r) / (r + 1.0);
    return s;
}

static double img[64][W], out[64][W];

int main(void)
{
    for (int y = 0; y < 64; y++)
        for (int x = 0; x < W; x++)
            img[y][x] = (double)((x * 31 + y * 17) % 101);
    for (int y = 0; y < 64; y++)
        smooth_row(img[y], out[y], W);
    long f = fib(27);
    double c1 = checksum(out[0], W * 32);
    double c2 = checksum(out[32], W * 32);
    printf("fib %ld sums %.6f %.6f\n", f, c1, c2);
    return 0;
}
