#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <math.h>
#include "audio.h"

void channel_init(Channel *c, const char *name, int rate, int n)
{
    strncpy(c->name, name, sizeof c->name - 1);
    c->name[sizeof c->name - 1] = '\0';
    c->rate = rate;
    c->n = n;
    c->samples = malloc((size_t)n * sizeof(float));
    if (!c->samples) {
        fprintf(stderr, "channel_init: out of memory\n");
        exit(1);
    }
}

/* a few partials with vibrato plus filtered noise */
void channel_synth(Channel *c, unsigned int seed)
{
    int i, k;
    unsigned int s = seed * 2654435761u + 1;
    double f0 = 80.0 + (seed % 17) * 37.0;
    double lp = 0.0;
    for (i = 0; i < c->n; i++) {
        double t = (double)i / c->rate;
        double v = 0.0;
        double vib = 1.0 + 0.01 * sin(2.0 * M_PI * 5.0 * t);
        for (k = 1; k <= 6; k++)
            v += sin(2.0 * M_PI * f0 * k * vib * t) / (k * (1.0 + (seed % 3)));
        s = s * 1664525u + 1013904223u;
        lp = 0.95 * lp + 0.05 * (((s >> 8) & 0xffff) / 32768.0 - 1.0);
        c->samples[i] = (float)(0.3 * v + 0.5 * lp);
    }
}

void channel_release(Channel *c)
{
    free(c->samples);
    c->samples = NULL;
    c->n = 0;
}
