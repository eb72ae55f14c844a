/* loop_snapshots.c — eight analyses of a simulation snapshot (a struct holding
 * a 32x32 grid of doubles, 8 KiB) spawned in a loop: the single call site copies
 * the snapshot into all eight tasks.  A nested struct of 300 doubles (2.4 KiB)
 * passed by value in a second call is also large; the summary struct of three
 * doubles is small. */
#include <stdio.h>
#include "delayed.h"

#define G 32

struct snapshot {
    double cell[G][G];
};

struct profile {
    struct {
        double samples[300];
    } data;
    int count;
};

struct summary {
    double lo, hi, mean;
};

DELAYED double analyze(struct snapshot s, int band)
{
    double acc = 0.0;
    for (int rep = 0; rep < 1000; rep++)
        for (int i = 0; i < G; i++)
            acc += s.cell[(band * 4 + i) % G][i] * (rep % 3);
    return acc;
}

DELAYED double profile_mean(struct profile p, struct summary hint)
{
    double s = hint.mean;
    for (int rep = 0; rep < 10000; rep++)
        for (int i = 0; i < p.count; i++)
            s += p.data.samples[i] / 10000.0;
    return s;
}

DELAYED double widen(struct summary a, struct summary b)
{
    double w = 0.0;
    for (int rep = 0; rep < 1000000; rep++)
        w += ((a.hi - a.lo) + (b.hi - b.lo)) / 1000000.0;
    return w;
}

int main(void)
{
    struct snapshot snap;
    struct profile prof;
    struct summary s1 = { 0.0, 1.0, 0.5 }, s2 = { -1.0, 2.0, 0.5 };
    for (int i = 0; i < G; i++)
        for (int j = 0; j < G; j++)
            snap.cell[i][j] = (i * G + j) % 17;
    for (int i = 0; i < 300; i++)
        prof.data.samples[i] = i * 0.5;
    prof.count = 300;

    double res[8];
    for (int b = 0; b < 8; b++)
        res[b] = analyze(snap, b); // expect: delayed-large-by-value
    double m = profile_mean(prof, s1); // expect: delayed-large-by-value
    double w = widen(s1, s2);

    double total = 0.0;
    for (int b = 0; b < 8; b++)
        total += res[b];
    printf("%.2f %.4f %.4f\n", total, m, w);
    return 0;
}
