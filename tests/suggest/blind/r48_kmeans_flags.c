/* Blind round 48a (kmeans, after the named edit: one changed flag per point):
 * the assignment loop is proposed in blocks, and --explain said in the same
 * run that it "runs serially" (a first try, to split it, had failed). */
/* kmeans.c - Lloyd's k-means on generated 2-D..8-D points. Arrays of structs. */
#include <stdio.h>
#include <stdlib.h>
#include <float.h>

#define DIM 8
#define MAXK 32

typedef struct {
    double v[DIM];
    int label;
} Point;

typedef struct {
    double sum[DIM];
    double c[DIM];
    int count;
} Cluster;

static Point *pts;
static Cluster clus[MAXK];
static int npts = 100000;
static int k = 16;
static int *chg;

static unsigned int lcg(unsigned int *s)
{
    *s = *s * 1664525u + 1013904223u;
    return *s >> 8;
}

static void generate(void)
{
    unsigned int seed = 4242u;
    int i, d;
    for (i = 0; i < npts; i++) {
        int centre = (int)(lcg(&seed) % (unsigned)k);
        for (d = 0; d < DIM; d++) {
            double noise = (double)(lcg(&seed) % 10000) / 10000.0 - 0.5;
            pts[i].v[d] = (double)((centre * 37 + d * 11) % 23) + 3.0 * noise;
        }
        pts[i].label = -1;
    }
}

static double dist2(const double *a, const double *b)
{
    double s = 0.0;
    int d;
    for (d = 0; d < DIM; d++) {
        double t = a[d] - b[d];
        s += t * t;
    }
    return s;
}

static int nearest(const Point *p)
{
    int c, best = 0;
    double bd = DBL_MAX;
    for (c = 0; c < k; c++) {
        double dd = dist2(p->v, clus[c].c);
        if (dd < bd) {
            bd = dd;
            best = c;
        }
    }
    return best;
}

int main(int argc, char **argv)
{
    int i, c, d, iter, changed;
    double inertia;
    if (argc > 1) npts = atoi(argv[1]);
    if (argc > 2) k = atoi(argv[2]);
    if (k > MAXK) k = MAXK;
    pts = malloc(sizeof(Point) * npts);
    if (pts == NULL) return 1;
    chg = malloc(sizeof(int) * npts);
    generate();
    for (c = 0; c < k; c++)
        for (d = 0; d < DIM; d++)
            clus[c].c[d] = pts[(c * 7919) % npts].v[d];

    for (iter = 0; iter < 6; iter++) {
        changed = 0;
        /* assignment step */
        for (i = 0; i < npts; i++) {
            int l = nearest(&pts[i]);
            chg[i] = 0;
            if (l != pts[i].label) {
                pts[i].label = l;
                chg[i] = 1;
            }
        }
        for (i = 0; i < npts; i++)
            changed += chg[i];
        /* update step */
        for (c = 0; c < k; c++) {
            clus[c].count = 0;
            for (d = 0; d < DIM; d++) clus[c].sum[d] = 0.0;
        }
        for (i = 0; i < npts; i++) {
            Cluster *cl = &clus[pts[i].label];
            cl->count++;
            for (d = 0; d < DIM; d++) cl->sum[d] += pts[i].v[d];
        }
        for (c = 0; c < k; c++) {
            if (clus[c].count == 0) continue;
            for (d = 0; d < DIM; d++)
                clus[c].c[d] = clus[c].sum[d] / clus[c].count;
        }
        if (changed == 0) break;
    }

    inertia = 0.0;
    for (i = 0; i < npts; i++)
        inertia += dist2(pts[i].v, clus[pts[i].label].c);
    printf("iterations=%d inertia=%.6f\n", iter, inertia);
    for (c = 0; c < k; c++)
        printf("cluster %2d: n=%5d c0=%.6f\n", c, clus[c].count, clus[c].c[0]);
    free(pts);
    return 0;
}
