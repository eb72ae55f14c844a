/* suggest_units.c — which unit suggest picks (lit input: lint/suggest-loops.test):
 * rows rather than the pixel function their inner loop calls; a short loop in a
 * function run again and again is not worth tasks, a long one is. */
#include <stdio.h>
#include <math.h>

#define W 128
#define H 48
#define STEPS 6

static float img[H][W];
static double small[16], big[16];

/* a pixel: worth a task by itself, but the rows are the coarser unit */
static float shade(int x, int y)
{
    double s = 0;
    for (int k = 0; k < 600; k++) s += sin(x * 0.01 + y * 0.02 + k * 0.001);
    return (float)s;
}

static void render(void)
{
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
            img[y][x] = shade(x, y);
}

/* run every step: 16 iterations of tens of microseconds, a run under 2 ms */
static void relax_small(int t)
{
    for (int i = 0; i < 16; i++) {
        double s = 0;
        for (int k = 0; k < 3000; k++) s += cos(i + t + k * 0.01);
        small[i] = s;
    }
}

/* run every step too, but each iteration is long */
static void relax_big(int t)
{
    for (int i = 0; i < 16; i++) {
        double s = 0;
        for (int k = 0; k < 20000; k++) s += cos(i + t + k * 0.0001);
        big[i] = s;
    }
}

int main(void)
{
    render();
    for (int t = 0; t < STEPS; t++) {
        relax_small(t);
        relax_big(t);
    }
    double a = 0;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) a += img[y][x];
    for (int i = 0; i < 16; i++) a += small[i] + big[i];
    printf("%.3f\n", a);
    return 0;
}
