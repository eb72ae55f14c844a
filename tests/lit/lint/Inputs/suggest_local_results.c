/* Chunks of a Monte Carlo sum, each with its own generator state, their
 * results stored in a local array indexed by the loop. */
#include <math.h>
#include <stdio.h>

#define NCH 16

typedef struct { unsigned long s; } rng_t;

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
    printf("mc %.10f state %lu\n", t, st[5].s);
    return 0;
}
