/* A camera pipeline whose configuration is a large struct of lookup tables.
 * Tokens and bound calls carry it by value too. */
#include <delayed.h>
#include <string.h>

#define TILES 8
#define TILE_PIXELS 4096

typedef struct {
  float gamma_lut[256];
  float vignette[64];
  int exposure;
} cam_config;                  /* 1024 + 256 + 4 = 1284 bytes */

typedef struct {
  cam_config base;
  char name[64];
} named_config;

typedef struct {
  int exposure;
  float gain;
} small_settings;

DELAYED void develop_tile(cam_config cfg, int tile, DELAYED_OUT_N(TILE_PIXELS) float *out) {
  for (int i = 0; i < TILE_PIXELS; i++)
    out[i] = cfg.gamma_lut[(tile * 37 + i) & 255] * cfg.vignette[i & 63] * (float)cfg.exposure;
}

DELAYED void develop_tile_ref(DELAYED_IN const cam_config *cfg, int tile,
                              DELAYED_OUT_N(TILE_PIXELS) float *out) {
  for (int i = 0; i < TILE_PIXELS; i++)
    out[i] = cfg->gamma_lut[(tile * 37 + i) & 255] * cfg->vignette[i & 63] * (float)cfg->exposure;
}

DELAYED float tile_gain(small_settings s, int tile) {
  float g = s.gain;
  for (int i = 0; i < 100000; i++)
    g = g * 0.999999f + (float)((tile + i) & 1) * 1e-6f;
  return g * (float)s.exposure;
}

DELAYED void write_sidecar(named_config nc, int tile);

DELAYED float tile_peak(DELAYED_IN_N(TILE_PIXELS) const float *px) {
  float m = 0.0f;
  for (int i = 0; i < TILE_PIXELS; i++)
    if (px[i] > m)
      m = px[i];
  return m;
}

float develop(const cam_config *cfg, const named_config *nc, small_settings s) {
  float img[TILES][TILE_PIXELS];
  float gain[TILES];
  for (int t = 0; t < TILES; t++) {
    if (t % 2)
      delayed(develop_tile)(*cfg, t, img[t]); // expect: delayed-large-by-value
    else
      delayed(develop_tile_ref)(cfg, t, img[t]);
    gain[t] = delayed(tile_gain)(s, t);
  }
  delayed_token side = delayed_after(write_sidecar(*nc, 0)); // expect: delayed-large-by-value
  float peak = delayed_bind(tile_peak, side)(img[0]);
  delayed_compute(img, gain, peak);
  float sum = peak;
  for (int t = 0; t < TILES; t++)
    sum += gain[t] * img[t][0];
  return sum;
}

/* Calls spread over several lines: the finding is at the argument. */
float develop_pair(const cam_config *cfg, const named_config *nc) {
  float a[TILE_PIXELS], b[TILE_PIXELS];
  delayed(develop_tile)(
      *cfg, // expect: delayed-large-by-value
      0, a);
  delayed(develop_tile)(nc->base, // expect: delayed-large-by-value
                        1, b);
  delayed_compute(a, b);
  return a[0] + b[0];
}
