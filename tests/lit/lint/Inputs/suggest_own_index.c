/* Legacy n-body step: each body's force from all the others, by a function
 * given the whole array, its length and the body's own index.  A second
 * function is called with a count that is not the loop's bound. */
#include <stdio.h>
#include <math.h>

#define NP 1600
typedef struct { double x, y, m; } Body;
static Body b[NP];
static double f[NP][2], g[NP][2];

static void force_on(const Body *p, int n, int i, double out[2])
{
    double fx = 0, fy = 0;
    for (int j = 0; j < n; j++) {
        if (j == i) continue;
        double dx = p[j].x - p[i].x, dy = p[j].y - p[i].y;
        double r = sqrt(dx * dx + dy * dy + 1e-3);
        fx += p[j].m * dx / (r * r * r);
        fy += p[j].m * dy / (r * r * r);
    }
    out[0] = fx;
    out[1] = fy;
}

static void near_force(const Body *p, int n, int i, double out[2])
{
    double fx = 0, fy = 0;
    for (int j = 0; j < n; j++) {
        double dx = p[j].x - p[i].x, dy = p[j].y - p[i].y;
        double r = sqrt(dx * dx + dy * dy + 1e-2);
        fx += dx / r;
        fy += dy / r;
    }
    out[0] = fx;
    out[1] = fy;
}

int main(void)
{
    double cks = 0;
    for (int i = 0; i < NP; i++) { b[i].x = sin(i); b[i].y = cos(1.7 * i); b[i].m = 1.0 + i % 3; }
    for (int s = 0; s < 4; s++) {
        for (int i = 0; i < NP; i++)
            force_on(b, NP, i, f[i]);
        for (int i = 0; i < NP; i++) { b[i].x += 1e-6 * f[i][0]; b[i].y += 1e-6 * f[i][1]; }
    }
    for (int i = 0; i < NP; i++)
        near_force(b, NP / 2, i, g[i]);
    for (int i = 0; i < NP; i++) cks += b[i].x + 2 * b[i].y + 1e-9 * g[i][0];
    printf("%.12e\n", cks);
    return 0;
}
