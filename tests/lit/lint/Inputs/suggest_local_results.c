/* Chunks of a Monte Carlo sum, each with its own generator state, their
 * results stored in a local array indexed by the loop, in a table of pairs
 * (pair[a][b] in the loop over b) and in a member of a record (sl[c].v). */
#include <math.h>
#include <stdio.h>

#define NCH 16

typedef struct { unsigned long s; } rng_t;
typedef struct { rng_t r; double v; } Slot;

static double chunk(rng_t *r, int n)
{
    double acc = 0.0;
    for (int i = 0; i < n; i++) {
        r->s = r->s * 6364136223846793005ul + 1442695040888963407ul;
        acc += sin((double)(r->s >> 11) * 1e-12);
    }
    return acc;
}

int main(void)
{
    rng_t st[NCH];
    double sums[NCH];
    for (int c = 0; c < NCH; c++) st[c].s = 1000u + 77u * (unsigned)c;
    for (int c = 0; c < NCH; c++)
        sums[c] = chunk(&st[c], 40000);
    double t = 0.0;
    for (int c = 0; c < NCH; c++) t += sums[c];
    double pair[4][4] = {{0}};
    rng_t ps[4][4];
    for (int a = 0; a < 4; a++)
        for (int b = 0; b < 4; b++) ps[a][b].s = 5u + (unsigned)(a * 4 + b);
    for (int a = 0; a < 4; a++)
        for (int b = a + 1; b < 4; b++)
            pair[a][b] = chunk(&ps[a][b], 20000);
    Slot sl[4];
    for (int c = 0; c < 4; c++) sl[c].r.s = 9u * (unsigned)c + 1u;
    for (int c = 0; c < 4; c++)
        sl[c].v = chunk(&sl[c].r, 20000);
    printf("mc %.10f state %lu pair %.10f %.10f slot %.10f %.10f\n", t, st[5].s, pair[0][1], pair[2][3], sl[0].v,
           sl[3].v);
    return 0;
}
