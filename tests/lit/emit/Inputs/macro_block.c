/* macro_block.c — aligned blocks whose size is an object-like macro (lit input: emit/aligned-block-macro.test). */
#include <stdlib.h>
#include "delayed.h"
#define BS2 (64 * 64)
DELAYED void lu0(DELAYED_INOUT_N(BS2) double *d) { d[0] += 1; }
DELAYED void fwd(DELAYED_IN_N(BS2) const double *d, DELAYED_INOUT_N(BS2) double *c) { c[1] += d[0]; }
int main(void)
{
    int nb = 4;
    double *m = malloc(sizeof(double) * BS2 * 16);
    for (int i = 0; i < BS2 * 16; i++) m[i] = i;
    for (int k = 0; k < nb; k++) {
        lu0(m + (k * nb + k) * BS2);
        for (int j = k + 1; j < nb; j++)
            fwd(m + (k * nb + k) * BS2, m + (k * nb + j) * BS2);
    }
    delayed_compute(m);
    int r = m[1] < 0;
    free(m);
    return r;
}
