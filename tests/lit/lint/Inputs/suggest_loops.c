/* Loops as legacy code writes them, for delayc suggest's loop bodies
 * (suggest-loops.test): three whose iterations are independent, four that
 * are not. */
#include <stdio.h>
#include <math.h>

#define ROWS 48
#define COLS 40

static float field[ROWS][COLS];
static double weights[COLS];
static long counter;

/* independent rows of a global, C89 variables shared with a later loop, a continue */
static void shade(void)
{
    int x, y;
    double acc;

    for (y = 0; y < ROWS; y++) {
        if (y % 7 == 3) {
            for (x = 0; x < COLS; x++) field[y][x] = -1.0f;
            continue;
        }
        for (x = 0; x < COLS; x++) {
            acc = 0.0;
            for (int k = 0; k < 400; k++) acc += sin(0.001 * k * (x + 1) + y) * weights[x];
            field[y][x] = (float)acc;
        }
    }
    for (x = 0; x < COLS; x++) weights[x] *= 0.5;
}

/* element-wise through pointer parameters */
static void transform(const double *in, double *out, int n)
{
    for (int i = 0; i < n; i++) {
        double t = in[i];
        for (int k = 0; k < 3000; k++) t = t * 0.999 + cos(t + k);
        out[i] = t;
    }
}

/* a sum over iterations: not independent */
static double total_energy(void)
{
    double e = 0.0;
    for (int y = 0; y < ROWS; y++)
        for (int x = 0; x < COLS; x++)
            for (int k = 0; k < 2000; k++) e += field[y][x] * cos(k);
    return e;
}

/* a global written in every iteration */
static void count_rows(void)
{
    for (int y = 0; y < ROWS; y++)
        for (int x = 0; x < COLS; x++)
            for (int k = 0; k < 2000; k++)
                if (field[y][x] > k) counter = counter * 3 % 1000003 + 1;
}

/* each row reads the one before it */
static void smooth_down(void)
{
    for (int y = 1; y < ROWS; y++)
        for (int x = 0; x < COLS; x++)
            for (int k = 0; k < 1000; k++) field[y][x] = 0.5f * (field[y][x] + field[y - 1][x]) + 0.0f * k;
}

/* stops at the first match */
static int find_row(float v)
{
    int y;
    for (y = 0; y < ROWS; y++) {
        int hit = 0;
        for (int x = 0; x < COLS; x++)
            for (int k = 0; k < 1000; k++) hit |= field[y][x] == v + k;
        if (hit) break;
    }
    return y;
}

int main(void)
{
    double in[256], out[256], s = 0.0;
    for (int x = 0; x < COLS; x++) weights[x] = 1.0 / (x + 1);
    for (int i = 0; i < 256; i++) in[i] = i * 0.01;
    shade();
    transform(in, out, 256);
    for (int i = 0; i < 256; i++) s += out[i];
    printf("%.4f %.4f %.4f\n", s, field[5][7], field[ROWS - 1][COLS - 1]);
    printf("%.4f %ld\n", total_energy(), (count_rows(), counter));
    smooth_down();
    printf("%.4f %d\n", field[ROWS - 1][3], find_row(-1.0f));
    return 0;
}
