/* An audio filter bank: each band is filtered from the same input into its
 * own output, the band energies are returned, and a mixdown task is bound
 * after all the band tasks through tokens. */
#include <delayed.h>
#include <math.h>
#include <stdio.h>

#define FRAMES 48000
#define BANDS 6

typedef struct {
  double b0, b1, b2, a1, a2;
} biquad;

static const double kCentres[BANDS] = {63.0, 250.0, 1000.0, 4000.0, 8000.0, 16000.0};

static biquad bandpass(double centre, double rate) {
  double w = 2.0 * 3.141592653589793 * centre / rate;
  double alpha = sin(w) / 2.0;
  double a0 = 1.0 + alpha;
  return (biquad){alpha / a0, 0.0, -alpha / a0, -2.0 * cos(w) / a0, (1.0 - alpha) / a0};
}

/* Filters the input into out; returns the band's energy. */
DELAYED double run_band(biquad q, DELAYED_IN_N(FRAMES) const double *restrict in,
                        DELAYED_OUT_N(FRAMES) double *restrict out) {
  double x1 = 0, x2 = 0, y1 = 0, y2 = 0, energy = 0;
  for (int i = 0; i < FRAMES; i++) {
    double y = q.b0 * in[i] + q.b1 * x1 + q.b2 * x2 - q.a1 * y1 - q.a2 * y2;
    x2 = x1;
    x1 = in[i];
    y2 = y1;
    y1 = y;
    out[i] = y;
    energy += y * y;
  }
  return energy / FRAMES;
}

/* Normalizes a band in place to unit peak. */
DELAYED void normalize_band(DELAYED_INOUT_N(FRAMES) double *band) {
  double peak = 0.0;
  for (int i = 0; i < FRAMES; i++)
    peak = fmax(peak, fabs(band[i]));
  if (peak == 0.0)
    return;
  for (int i = 0; i < FRAMES; i++)
    band[i] /= peak;
}

/* Sums the bands, weighted, into mix. */
DELAYED void mixdown(DELAYED_IN_N(BANDS * FRAMES) const double *bands,
                     DELAYED_IN_N(BANDS) const double *gain, DELAYED_OUT_N(FRAMES) double *mix) {
  for (int i = 0; i < FRAMES; i++) {
    double s = 0.0;
    for (int b = 0; b < BANDS; b++)
      s += gain[b] * bands[b * FRAMES + i];
    mix[i] = s;
  }
}

/* Applies a soft limiter to the mix in place. */
static DELAYED DELAYED_NAME("limiter") void soft_limit(DELAYED_INOUT_N(FRAMES) double *mix, double knee) {
  for (int i = 0; i < FRAMES; i++)
    mix[i] = mix[i] / (1.0 + fabs(mix[i]) / knee);
}

DELAYED double peak_of(DELAYED_IN_N(FRAMES) const double *v) {
  double p = 0.0;
  for (int i = 0; i < FRAMES; i++)
    p = fmax(p, fabs(v[i]));
  return p;
}

/* Post-processing stages run one after another, each bound to the previous one. */
static double post_process(double *restrict mix) {
  delayed_token t = delayed_after(soft_limit(mix, 4.0));
  t = delayed_after(delayed_bind(soft_limit, t)(mix, 2.0));
  t = delayed_after(delayed_bind(soft_limit, t)(mix, 1.0));
  double e = delayed_bind(peak_of, t)(mix);
  delayed_compute(e);
  return e;
}

int main(void) {
  static double input[FRAMES];
  static double bands[BANDS * FRAMES];
  static double mix[FRAMES];
  double energy[BANDS];
  double gain[BANDS];
  delayed_token done[BANDS];
  for (int i = 0; i < FRAMES; i++)
    input[i] = sin(0.05 * i) + 0.5 * sin(0.9 * i);
  for (int b = 0; b < BANDS; b++) {
    gain[b] = 1.0 / (b + 1);
    energy[b] = delayed(run_band)(bandpass(kCentres[b], 48000.0), input, bands + b * FRAMES);
  }
  for (int b = 0; b < BANDS; b++)
    done[b] = delayed_after(normalize_band(bands + b * FRAMES));
  delayed_bind(mixdown, done[0], done[1], done[2], done[3], done[4], done[5])(bands, gain, mix);
  delayed_compute(energy, mix);
  double total = 0.0;
  for (int b = 0; b < BANDS; b++)
    total += energy[b];
  printf("energy %.6f, mix[100] %.6f\n", total, mix[100]);
  printf("post energy %.6f\n", post_process(mix));
  return 0;
}
