// lint-exit: 1
/* An audio filter bank: each band is filtered by a task.  Some filters write
 * their input samples in place without saying so; one says DELAYED_PURE and
 * writes (an error: the declaration contradicts the body). */
#include <delayed.h>
#include <stddef.h>

#define FRAMES 8192
#define BANDS 8

typedef struct {
  double b0, b1, a1;
  double z1;
} one_pole;

static void clamp_block(double *x, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (x[i] > 1.0)
      x[i] = 1.0;
    else if (x[i] < -1.0)
      x[i] = -1.0;
  }
}

static double rms(const double *x, size_t n) {
  double s = 0.0;
  for (size_t i = 0; i < n; i++)
    s += x[i] * x[i];
  return n ? s / (double)n : 0.0;
}

/* Wrong: filters in place and keeps the filter state in the caller's struct. */
DELAYED double lowpass_inplace(double *restrict samples, one_pole *f, int n) {
  for (int i = 0; i < n; i++) {
    double y = f->b0 * samples[i] + f->b1 * f->z1;
    f->z1 = samples[i]; // expect: delayed-mutates-input
    samples[i] = y; // expect: delayed-mutates-input
  }
  clamp_block(samples, (size_t)n); // expect: delayed-mutates-input
  return rms(samples, (size_t)n);
}

/* Wrong: a gain stage that walks the buffer with pointer arithmetic. */
DELAYED_PURE double apply_gain(double *buf, int n, double gain) { // expect: delayed-mutates-input
  double *end = buf + n;
  double peak = 0.0;
  for (double *p = buf; p < end; p++) {
    *p *= gain; // expect: delayed-mutates-input
    if (*p > peak)
      peak = *p;
  }
  return peak;
}

/* Wrong: writes a 2-D band matrix it only should read. */
DELAYED double band_energy(double bands[][FRAMES], int band, int n) {
  double e = 0.0;
  for (int i = 0; i < n; i++) {
    e += bands[band][i] * bands[band][i];
    if (i == 0)
      bands[band][i] = 0.0; // expect: delayed-mutates-input
  }
  return e;
}

/* Wrong: a DC blocker that keeps its running mean through the input. */
DELAYED double dc_offset(double *mean, const double *x, int n) {
  for (int i = 0; i < n; i++)
    *(mean) = 0.999 * *mean + 0.001 * x[i]; // expect: delayed-mutates-input
  (*mean)--; // expect: delayed-mutates-input
  return *mean;
}

/* Right: the output has its own buffer and the state is returned. */
DELAYED double lowpass(DELAYED_IN_N(n) const double *in, DELAYED_OUT_N(n) double *out,
                       one_pole f, int n) {
  double z = f.z1;
  for (int i = 0; i < n; i++) {
    out[i] = f.b0 * in[i] + f.b1 * z;
    z = in[i];
  }
  clamp_block(out, (size_t)n);
  return rms(in, (size_t)n);
}

/* Right: the pointer itself moves, nothing is written through it. */
DELAYED double mean_abs(const double *x, int n) {
  double s = 0.0;
  for (int i = 0; i < n; i++, x++)
    s += *x < 0 ? -*x : *x;
  return n ? s / n : 0.0;
}

/* Right: scaling in place, declared. */
DELAYED void normalize_band(DELAYED_INOUT_N(n) double *x, int n) {
  double r = rms(x, (size_t)n);
  for (int i = 0; i < n && r > 0.0; i++)
    x[i] /= r;
}
