#include <stdio.h>
#include <stdlib.h>
#include "sig.h"

#define NSIG 32
#define LEN 2048

int main(void)
{
    cplx *sig = malloc(sizeof(cplx) * NSIG * LEN);
    double total = 0;
    int s;
    if (!sig) return 1;
    for (s = 0; s < NSIG; s++)
        make_signal(sig + (size_t)s * LEN, LEN, s);
    for (s = 0; s < NSIG; s++)
        total += peak(sig + (size_t)s * LEN, LEN);
    printf("%.6f\n", total);
    free(sig);
    return 0;
}
