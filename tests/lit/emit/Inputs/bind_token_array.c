/* A token per producer in an array; each consumer bound to its own token. */
#include <stdio.h>
#include "delayed.h"

#define NB 4
#define LEN 50000

static double buf[NB][LEN];
static double out[NB];

DELAYED void produce(DELAYED_OUT_N(LEN) double *b, int k)
{
    for (int i = 0; i < LEN; i++) b[i] = (i % 17) * 0.5 + k;
}

DELAYED void consume(DELAYED_IN_N(LEN) const double *b, DELAYED_OUT double *o)
{
    double s = 0;
    for (int r = 0; r < 10; r++)
        for (int i = 0; i < LEN; i++) s += b[i] * (r + 1);
    *o = s;
}

int main(void)
{
    delayed_token t[NB];
    for (int k = 0; k < NB; k++) {
        t[k] = delayed_after(produce(buf[k], k));
        delayed_bind(consume, t[k])(buf[k], &out[k]);
    }
    double s = 0;
    for (int k = 0; k < NB; k++) s += out[k];
    printf("%.1f\n", s);
    return 0;
}
