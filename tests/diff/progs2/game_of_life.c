/* game_of_life.c — Conway's life on a small torus: each generation one delayed
 * task per row reads the whole grid (IN_N over rows) and writes its row of the
 * next grid (OUT_N), the two grids swapped through pointers to rows between
 * generations; a delayed population count per generation kept in an array. */
#include <stdio.h>
#include "delayed.h"

#define R 16
#define C 24
#define GENS 12

DELAYED void life_row(DELAYED_IN_N(R) const unsigned char (*g)[C], DELAYED_OUT_N(C) unsigned char *out, int r)
{
    for (int c = 0; c < C; c++) {
        int n = 0;
        for (int dr = -1; dr <= 1; dr++)
            for (int dc = -1; dc <= 1; dc++)
                if (dr || dc)
                    n += g[(r + dr + R) % R][(c + dc + C) % C];
        out[c] = (unsigned char)(n == 3 || (n == 2 && g[r][c]));
    }
}

DELAYED int population(DELAYED_IN_N(R) const unsigned char (*g)[C])
{
    int p = 0;
    for (int r = 0; r < R; r++)
        for (int c = 0; c < C; c++)
            p += g[r][c];
    return p;
}

int main(void)
{
    static unsigned char a[R][C], b[R][C];
    /* a glider and a blinker */
    a[1][2] = a[2][3] = a[3][1] = a[3][2] = a[3][3] = 1;
    a[10][10] = a[10][11] = a[10][12] = 1;
    unsigned char (*cur)[C] = a, (*nxt)[C] = b;
    int pop[GENS];
    for (int gen = 0; gen < GENS; gen++) {
        for (int r = 0; r < R; r++)
            life_row((const unsigned char (*)[C])cur, nxt[r], r);
        pop[gen] = population((const unsigned char (*)[C])nxt);
        unsigned char (*t)[C] = cur;
        cur = nxt;
        nxt = t;
    }
    for (int gen = 0; gen < GENS; gen++)
        printf("%d ", pop[gen]);
    printf("\n");
    for (int r = 0; r < R; r++) {
        for (int c = 0; c < C; c++)
            putchar(cur[r][c] ? '#' : '.');
        putchar('\n');
    }
    return 0;
}
