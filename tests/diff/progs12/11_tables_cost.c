/* 11_tables_cost.c — calls with several arguments including pointers to read-only
 * tables (DELAYED_IN, DELAYED_IN_N), and callees whose inner loops cost from a few
 * to a few hundred iterations depending on the element. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define TAB 256
#define N 200000

static const int weights[TAB] = { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3 };

DELAYED static int lookup(DELAYED_IN_N(TAB) const int *tab, int x, int scale)
{
    return tab[x & (TAB - 1)] * scale + (x >> 8);
}

DELAYED static long apply_coef(DELAYED_IN const double *coef, int x)
{
    return (long)(*coef * x) % 7919;
}

DELAYED static long variable_work(int x)
{
    long s = 0;
    int iters = 1 + (x % 64) * (x % 7 == 0 ? 6 : 1);
    for (int k = 0; k < iters; k++)
        s = (s * 33 + x + k) % 1000003;
    return s;
}

DELAYED static int poly_eval(DELAYED_IN_N(deg + 1) const int *c, int deg, int x)
{
    long r = 0;
    for (int k = deg; k >= 0; k--)
        r = (r * x + c[k]) % 10007;
    return (int)r;
}

int main(void)
{
    int *table = malloc(TAB * sizeof *table);
    int *in = malloc(N * sizeof *in);
    int *a = malloc(N * sizeof *a);
    long *b = malloc(N * sizeof *b);
    long *c = malloc(N * sizeof *c);
    int *d = malloc(N * sizeof *d);
    double coef = 2.5;
    int cs[9] = { 1, -2, 3, -4, 5, -6, 7, -8, 9 };
    if (!table || !in || !a || !b || !c || !d)
        return 1;
    for (int i = 0; i < TAB; i++)
        table[i] = (i * i + weights[i % 16]) % 101;
    for (int i = 0; i < N; i++)
        in[i] = (i * 2654435761u) >> 12 & 0xffff;

    for (int i = 0; i < N; i++)
        a[i] = lookup(table, in[i], 3);
    for (int i = 0; i < N; i++)
        b[i] = apply_coef(&coef, in[i]);
    for (int i = 0; i < N; i++)
        c[i] = variable_work(in[i]);
    for (int i = 0; i < N; i++)
        d[i] = poly_eval(cs, 8, in[i] % 100);

    table[0] = 999; /* after the loops: the lookups saw the old table */
    coef = 0.0;

    long sa = 0, sb = 0, sc = 0, sd = 0;
    for (int i = 0; i < N; i++) {
        sa += a[i];
        sb += b[i];
        sc += c[i];
        sd += d[i];
    }
    printf("a=%ld b=%ld c=%ld d=%ld table0=%d\n", sa, sb, sc, sd, table[0]);
    free(table);
    free(in);
    free(a);
    free(b);
    free(c);
    free(d);
    return 0;
}
