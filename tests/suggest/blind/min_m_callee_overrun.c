#include <stdio.h>
#include <math.h>
#define H 16
#define W 256
static double img[H + 1][W];
static void fill_two_rows(double *row, int n, int y)
{
    int x;
    for (x = 0; x < n; x++) {
        row[x] = sin(y + x * 0.03);
        row[x + n] = 0.5 * row[x];   /* also writes the NEXT row */
    }
}
int main(void)
{
    int y, r;
    for (y = 0; y < H; y++) {
        for (r = 0; r < 10; r++)
            fill_two_rows(img[y], W, y * 10 + r);
    }
    printf("%.6f %.6f\n", img[3][0], img[H][0]);
    return 0;
}
