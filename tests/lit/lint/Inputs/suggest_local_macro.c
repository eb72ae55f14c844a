/* A table read through a macro defined inside main, in the loop whose body
 * suggest moves into a function of its own. */
#include <stdio.h>
#include <math.h>

#define NR 24
#define NCOL 3000

static double tab[NR][NCOL];
static double rowsum[NR];

int main(void)
{
    int r, c, k;
    for (r = 0; r < NR; r++)
        for (c = 0; c < NCOL; c++)
            tab[r][c] = (r * 31 + c * 7) % 101 * 0.01;
#define CELL(rr, cc) tab[rr][cc]
    for (r = 0; r < NR; r++) {
        double s = 0.0;
        for (k = 0; k < 40; k++)
            for (c = 0; c < NCOL; c++) {
                if (CELL(r, c) > 0.9) continue;
                s += sqrt(CELL(r, c) + k);
            }
        rowsum[r] = s;
    }
    for (r = 0; r < NR; r++) printf("%d %.10f\n", r, rowsum[r]);
    return 0;
}
