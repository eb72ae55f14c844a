/* struct_buffer.c — tasks on structs whose pointer members carry DELAYED_N counts: fill, filter in place, convolve into another, reduce */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define NSIG 6
#define LEN 60000

typedef struct {
  double *data DELAYED_N(n);
  int n;
  int channel;
} Signal;

/* Synthesize channel c's samples. */
DELAYED void synth(Signal s, int passes) {
  for (int i = 0; i < s.n; i++) s.data[i] = 0.0;
  for (int p = 1; p <= passes; p++) {
    double f = 0.001 * p * (s.channel + 1);
    double ph = 0.0;
    for (int i = 0; i < s.n; i++) {
      ph += f;
      if (ph > 1.0) ph -= 1.0;
      s.data[i] += (ph < 0.5 ? ph : 1.0 - ph) / p;  /* triangle harmonics */
    }
  }
}

/* High-pass in place: subtract a running mean. */
DELAYED void detrend(Signal s, int window) {
  double acc = 0.0;
  double *orig = malloc((size_t)s.n * sizeof *orig);
  if (!orig) exit(3);
  for (int i = 0; i < s.n; i++) orig[i] = s.data[i];
  for (int i = 0; i < s.n; i++) {
    acc += orig[i];
    if (i >= window) acc -= orig[i - window];
    int cnt = i < window ? i + 1 : window;
    s.data[i] = orig[i] - acc / cnt;
  }
  free(orig);
}

/* out = in convolved with a short kernel of k taps. */
DELAYED void convolve(Signal in, Signal out, int k) {
  for (int i = 0; i < out.n; i++) {
    double acc = 0.0;
    for (int t = 0; t < k; t++) {
      int j = i - t;
      if (j >= 0 && j < in.n) acc += in.data[j] * (1.0 / (t + 1));
    }
    out.data[i] = acc;
  }
}

DELAYED double rms(Signal s) {
  double e = 0.0;
  for (int i = 0; i < s.n; i++) e += s.data[i] * s.data[i];
  return e / s.n;
}

int main(void) {
  Signal raw[NSIG], filt[NSIG];
  for (int c = 0; c < NSIG; c++) {
    raw[c].data = malloc(LEN * sizeof(double));
    raw[c].n = LEN;
    raw[c].channel = c;
    filt[c].data = malloc(LEN * sizeof(double));
    filt[c].n = LEN;
    filt[c].channel = c;
    if (!raw[c].data || !filt[c].data) return 1;
  }
  double power[NSIG];
  for (int c = 0; c < NSIG; c++) {
    synth(raw[c], 8);
    detrend(raw[c], 200);
    convolve(raw[c], filt[c], 12);
    power[c] = rms(filt[c]);
  }
  for (int c = 0; c < NSIG; c++)
    printf("channel %d: power=%.9f raw[100]=%.9f filt[LEN-1]=%.9f\n", c, power[c], raw[c].data[100],
           filt[c].data[LEN - 1]);
  for (int c = 0; c < NSIG; c++) {
    free(raw[c].data);
    free(filt[c].data);
  }
  return 0;
}
