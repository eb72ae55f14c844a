/* smooth.c -- sensor response model, then an exponential smoother and a drift solve */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define N      12000
#define TERMS  150

/* expensive, but depends only on the raw sample */
static double response(double raw)
{
    double s = 0.0;
    for (int k = 1; k <= TERMS; k++)
        s += sin(raw * k) / (k * k);
    return s;
}

/* one implicit step: solve z = prev + h*cos(z) by fixed-point iteration */
static double drift_step(double prev, double h)
{
    double z = prev;
    for (int it = 0; it < 150; it++)
        z = prev + h * cos(z + 0.001 * it);
    return z;
}

int main(void)
{
    double *raw = malloc(N * sizeof(double));
    double *y = malloc(N * sizeof(double));
    double *z = malloc(N * sizeof(double));
    if (!raw || !y || !z)
        return 1;
    for (int i = 0; i < N; i++)
        raw[i] = 0.001 * i + 0.3 * sin(0.05 * i);

    /* exponential smoothing: y[i] needs y[i-1] */
    y[0] = response(raw[0]);
    for (int i = 1; i < N; i++) {
        double r = response(raw[i]);
        y[i] = 0.92 * y[i - 1] + 0.08 * r;
    }

    /* drift: each state is solved from the previous one */
    z[0] = 0.1;
    for (int i = 1; i < N; i++)
        z[i] = drift_step(z[i - 1], 0.01 + 0.00001 * (i % 50));

    /* running prefix of the product of both */
    double *pre = malloc(N * sizeof(double));
    if (!pre)
        return 1;
    pre[0] = y[0] * z[0];
    for (int i = 1; i < N; i++)
        pre[i] = pre[i - 1] + y[i] * z[i];

    printf("y[last] %.12f y[mid] %.12f\n", y[N - 1], y[N / 2]);
    printf("z[last] %.12f\n", z[N - 1]);
    printf("prefix %.12f\n", pre[N - 1]);
    free(raw); free(y); free(z); free(pre);
    return 0;
}
