#include <stdio.h>
#include <math.h>
#define H 32
#define W 32
static double grid[H][W];
static double res[H][W];
#define AT(y, x) grid[y][x]
#define OUT(y, x) res[y][x]
#define SET(y, x, v) (res[y][x] = (v))
#define HEAVY(v, n) do { int k_; for (k_ = 0; k_ < (n); k_++) (v) += sin((v) * 0.5 + k_); } while (0)
int main(void)
{
    int y, x;
    double t = 0;
    for (y = 0; y < H; y++)
        for (x = 0; x < W; x++)
            AT(y, x) = (y * 31 + x * 17) % 23;
    for (y = 0; y < H; y++) {
        int xx;
        for (xx = 0; xx < W; xx++) {
            double v = AT(y, xx);
            HEAVY(v, 100);
            SET(y, xx, v);
        }
    }
    for (y = 1; y < H; y++) {
        int xx;
        for (xx = 0; xx < W; xx++) {
            double v = AT(y, xx) + OUT(y - 1, xx);
            HEAVY(v, 100);
            SET(y, xx, v);
        }
    }
    for (y = 0; y < H; y++) for (x = 0; x < W; x++) t += OUT(y, x);
    printf("%.6f\n", t);
    return 0;
}
