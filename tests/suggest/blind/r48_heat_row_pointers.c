/* Blind round 48a (heat): the step takes its grids as pointers to rows,
 * double (*src)[NY]; its row loop was refused ("the type of src cannot be
 * written as a parameter"), and is proposed in blocks, src[][NY]. */
/* heat.c - explicit 2-D heat equation, ping-pong buffers, static 2-D arrays. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NX 512
#define NY 512
#define ALPHA 0.2

static double grid_a[NX][NY];
static double grid_b[NX][NY];

static void init_grid(double g[NX][NY])
{
    int i, j;
    for (i = 0; i < NX; i++)
        for (j = 0; j < NY; j++)
            g[i][j] = 0.0;
    /* hot stripe and a hot square */
    for (j = 0; j < NY; j++) g[0][j] = 100.0;
    for (i = NX / 4; i < NX / 4 + 20; i++)
        for (j = NY / 3; j < NY / 3 + 20; j++)
            g[i][j] = 250.0;
}

static void step(double (*src)[NY], double (*dst)[NY])
{
    int i, j;
    for (i = 1; i < NX - 1; i++) {
        for (j = 1; j < NY - 1; j++) {
            dst[i][j] = src[i][j] + ALPHA * (src[i - 1][j] + src[i + 1][j]
                                           + src[i][j - 1] + src[i][j + 1]
                                           - 4.0 * src[i][j]);
        }
    }
    /* boundaries: fixed */
    for (j = 0; j < NY; j++) {
        dst[0][j] = src[0][j];
        dst[NX - 1][j] = src[NX - 1][j];
    }
    for (i = 0; i < NX; i++) {
        dst[i][0] = src[i][0];
        dst[i][NY - 1] = src[i][NY - 1];
    }
}

static double total_heat(double (*g)[NY])
{
    double s = 0.0;
    int i, j;
    for (i = 0; i < NX; i++)
        for (j = 0; j < NY; j++)
            s += g[i][j];
    return s;
}

int main(int argc, char **argv)
{
    int steps = 60, t;
    double (*cur)[NY] = grid_a;
    double (*nxt)[NY] = grid_b;
    double (*tmp)[NY];
    if (argc > 1) steps = atoi(argv[1]);
    init_grid(grid_a);
    init_grid(grid_b);
    for (t = 0; t < steps; t++) {
        step(cur, nxt);
        tmp = cur;
        cur = nxt;
        nxt = tmp;
    }
    printf("steps=%d total=%.8f centre=%.8f probe=%.8f\n", steps, total_heat(cur),
           cur[NX / 2][NY / 2], cur[NX / 4 + 25][NY / 3 + 10]);
    return 0;
}
