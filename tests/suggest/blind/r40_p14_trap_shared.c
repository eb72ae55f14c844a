/* scan.c -- score candidates, log the hits in order, spread flux between cells */
#include <math.h>
#include <stdio.h>

#define NCAND   6000
#define NCELLS  6000
#define MAXHITS 4096
#define WORK    400

struct hit {
    int cand;
    double score;
};

static struct hit g_hits[MAXHITS];
static int g_nhits;               /* next free slot in g_hits */
static long g_evaluations;        /* statistics only */

static double score(int c)
{
    double s = 0.0;
    for (int k = 1; k < WORK; k++)
        s += cos(0.37 * c + 0.011 * k) / k;
    g_evaluations++;
    return s;
}

static double flux(int i)
{
    double f = 0.0;
    for (int k = 1; k < WORK; k++)
        f += sin(0.001 * i * k) / (k + 3.0);
    return f;
}

int main(void)
{
    for (int c = 0; c < NCAND; c++) {
        double s = score(c);
        if (s > 0.5 && g_nhits < MAXHITS) {
            g_hits[g_nhits].cand = c;
            g_hits[g_nhits].score = s;
            g_nhits++;
        }
    }

    static double cell[NCELLS + 1];
    for (int i = 0; i <= NCELLS; i++)
        cell[i] = 1.0 + 0.001 * i;
    for (int i = 0; i < NCELLS; i++) {
        double f = flux(i);
        double *c = cell + i;
        c[0] -= 0.5 * f;
        c[1] += 0.5 * f;
    }

    unsigned long order = 0;
    for (int h = 0; h < g_nhits; h++)
        order = order * 1000003u + (unsigned long)g_hits[h].cand;
    double mass = 0.0, wsum = 0.0;
    for (int i = 0; i <= NCELLS; i++) {
        mass += cell[i];
        wsum += cell[i] * (i % 13);
    }
    printf("evaluations %ld hits %d order %lu\n", g_evaluations, g_nhits, order);
    printf("first hit %d %.12f\n", g_nhits ? g_hits[0].cand : -1, g_nhits ? g_hits[0].score : 0.0);
    printf("mass %.12f weighted %.12f\n", mass, wsum);
    return 0;
}
