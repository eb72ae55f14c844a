#include <stdio.h>
#include <math.h>
#define H 24
#define W 300
static double img[H][W];
static double hist[16];
static void fill_row(double *row, int n, int y)
{
    int x;
    for (x = 0; x < n; x++) row[x] = sin(y * 0.7 + x * 0.01) * cos(x * 0.3) + sqrt(x + y);
}
static void fill_row_hist(double *row, int n, int y, double *h)
{
    int x;
    for (x = 0; x < n; x++) { row[x] = sin(y + x * 0.02) + sqrt(x); h[x % 16] += row[x]; }
}
static void fill_next(double *row, int n, int y)
{
    int x;
    for (x = 0; x < n; x++) { row[x] = sin(y + x * 0.03); row[x + n] = 0.5 * row[x]; }
}
int main(void)
{
    int y, r;
    double t = 0;
    for (y = 0; y < H; y++) {
        double *row = img[y];
        for (r = 0; r < 20; r++)
            fill_row(row, W, y + r);
    }
    for (y = 0; y < H; y++) {
        for (r = 0; r < 10; r++)
            fill_row_hist(img[y], W, y * r, hist);
    }
    for (y = 0; y < H - 1; y++) {
        for (r = 0; r < 10; r++)
            fill_next(img[y], W, y * r + 1);
    }
    for (y = 0; y < H; y++) t += img[y][0] + img[y][W - 1];
    printf("%.6f %.6f\n", t, hist[5]);
    return 0;
}
