#include <math.h>
#include <string.h>
#include "audio.h"

/* RBJ cookbook band-pass (constant 0 dB peak gain) */
static void design_bandpass(Biquad *b, int rate, double fc, double q)
{
    double w0 = 2.0 * M_PI * fc / rate;
    double alpha = sin(w0) / (2.0 * q);
    double a0 = 1.0 + alpha;
    b->b0 = alpha / a0;
    b->b1 = 0.0;
    b->b2 = -alpha / a0;
    b->a1 = -2.0 * cos(w0) / a0;
    b->a2 = (1.0 - alpha) / a0;
}

void bank_design(FilterBank *fb, int rate, double lo, double hi, double q)
{
    int k;
    double ratio = pow(hi / lo, 1.0 / (NBANDS - 1));
    fb->nbands = NBANDS;
    for (k = 0; k < NBANDS; k++) {
        fb->center[k] = lo * pow(ratio, k);
        design_bandpass(&fb->bq[k], rate, fb->center[k], q);
    }
}

void bank_analyze(const FilterBank *fb, const Channel *c, BandReport *rep)
{
    int k, i;
    double best = -1.0;
    rep->total = 0.0;
    rep->dominant = 0;
    for (k = 0; k < fb->nbands; k++) {
        const Biquad *b = &fb->bq[k];
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
        double acc = 0.0, pk = 0.0;
        for (i = 0; i < c->n; i++) {
            double x = c->samples[i];
            double y = b->b0 * x + b->b1 * x1 + b->b2 * x2 - b->a1 * y1 - b->a2 * y2;
            x2 = x1; x1 = x;
            y2 = y1; y1 = y;
            acc += y * y;
            if (fabs(y) > pk)
                pk = fabs(y);
        }
        rep->energy[k] = acc / c->n;
        rep->peak[k] = pk;
        rep->total += rep->energy[k];
        if (rep->energy[k] > best) {
            best = rep->energy[k];
            rep->dominant = k;
        }
    }
}
