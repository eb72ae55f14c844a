/* Temporaries declared several to a declaration, some moved into the new
 * functions of two loops and some kept. */
#include <stdio.h>
#include <math.h>
#define NR 16
#define NC 3000
static double tab[NR][NC];
static double rowsum[NR];
int main(void)
{
    int r, c, k;
    double x, y, z, tot = 0.0, w;
    for (r = 0; r < NR; r++)
        for (c = 0; c < NC; c++)
            tab[r][c] = (r * 31 + c * 7) % 101 * 0.01;
    for (r = 0; r < NR; r++) {
        double s = 0.0;
        for (k = 0; k < 40; k++)
            for (c = 0; c < NC; c++) {
                x = sin(tab[r][c] + k);
                y = cos(tab[r][c] - k);
                z = x * y;
                s += z + y;
            }
        rowsum[r] = s;
    }
    w = 0.5;
    for (r = 0; r < NR; r++) tot += rowsum[r] * w;
    printf("%.6f\n", tot);
    return 0;
}
