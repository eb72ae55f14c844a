/* matinv.c - invert many small matrices with Gauss-Jordan, check residual */
#include <stdio.h>
#include <math.h>

#define NMAT 20000
#define DIM 8

typedef double mat_t[DIM][DIM];

static mat_t A[NMAT];
static mat_t Ainv[NMAT];
static double resid[NMAT];

static void fill(mat_t m, int seed)
{
    int i, j;
    for (i = 0; i < DIM; i++)
        for (j = 0; j < DIM; j++)
            m[i][j] = (i == j ? DIM * 2.0 : 0.0) + sin(seed * 0.37 + i * 1.3 + j * 0.7);
}

static int invert(mat_t a, mat_t inv)
{
    double w[DIM][2 * DIM];
    int i, j, k, p;
    for (i = 0; i < DIM; i++)
        for (j = 0; j < DIM; j++) {
            w[i][j] = a[i][j];
            w[i][j + DIM] = (i == j) ? 1.0 : 0.0;
        }
    for (k = 0; k < DIM; k++) {
        double piv, t;
        p = k;
        for (i = k + 1; i < DIM; i++)
            if (fabs(w[i][k]) > fabs(w[p][k])) p = i;
        if (w[p][k] == 0.0) return -1;
        if (p != k)
            for (j = 0; j < 2 * DIM; j++) { t = w[k][j]; w[k][j] = w[p][j]; w[p][j] = t; }
        piv = w[k][k];
        for (j = 0; j < 2 * DIM; j++) w[k][j] /= piv;
        for (i = 0; i < DIM; i++) {
            if (i == k) continue;
            t = w[i][k];
            for (j = 0; j < 2 * DIM; j++) w[i][j] -= t * w[k][j];
        }
    }
    for (i = 0; i < DIM; i++)
        for (j = 0; j < DIM; j++)
            inv[i][j] = w[i][j + DIM];
    return 0;
}

static double residual(mat_t a, mat_t inv)
{
    double r = 0;
    int i, j, k;
    for (i = 0; i < DIM; i++)
        for (j = 0; j < DIM; j++) {
            double s = 0;
            for (k = 0; k < DIM; k++) s += a[i][k] * inv[k][j];
            s -= (i == j);
            r += s * s;
        }
    return sqrt(r);
}

int main(void)
{
    int m, rep, fails = 0;
    double tot = 0, worst = 0;
    for (m = 0; m < NMAT; m++) fill(A[m], m);
    for (rep = 0; rep < 12; rep++) {
        for (m = 0; m < NMAT; m++) {
            if (invert(A[m], Ainv[m]) != 0) fails++;
            resid[m] = residual(A[m], Ainv[m]);
        }
    }
    for (m = 0; m < NMAT; m++) {
        tot += Ainv[m][0][0];
        if (resid[m] > worst) worst = resid[m];
    }
    printf("fails=%d trace-sum=%.10f worst residual=%.3e\n", fails, tot, worst);
    return 0;
}
