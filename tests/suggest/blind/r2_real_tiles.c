/*
 * tiles.c -- legacy tile-based image filter: blur, unsharp mask and tone curve
 * over a synthetic grayscale image, processed tile by tile (cache blocking).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#define IMG_W   512
#define IMG_H   512
#define TILE    64
#define TX      (IMG_W / TILE)
#define TY      (IMG_H / TILE)
#define NTILES  (TX * TY)
#define KR      5
#define KS      (2 * KR + 1)
#define PIX(img, x, y) ((img)[(size_t)(y) * IMG_W + (size_t)(x)])
#define CLAMPI(v, lo, hi) ((v) < (lo) ? (lo) : ((v) > (hi) ? (hi) : (v)))

typedef struct {
  int x0, y0;
  double mean;
  double var;
  int clipped;
} TileInfo;

static float kernel[KS][KS];
static float curve[256];

static void make_kernel(double sigma)
{
  int i, j;
  double sum = 0;
  for (j = 0; j < KS; j++)
    for (i = 0; i < KS; i++) {
      double dx = i - KR, dy = j - KR;
      kernel[j][i] = (float)exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
      sum += kernel[j][i];
    }
  for (j = 0; j < KS; j++)
    for (i = 0; i < KS; i++)
      kernel[j][i] = (float)(kernel[j][i] / sum);
}

static void make_curve(double gamma)
{
  int v;
  for (v = 0; v < 256; v++)
    curve[v] = (float)(255.0 * pow(v / 255.0, gamma));
}

static void synth(float *img)
{
  int x, y;
  for (y = 0; y < IMG_H; y++)
    for (x = 0; x < IMG_W; x++) {
      double v = 128 + 60 * sin(x * 0.05) * cos(y * 0.037) + 40 * sin((x + y) * 0.011);
      v += ((x * 7 + y * 13) % 17) - 8;
      PIX(img, x, y) = (float)v;
    }
}

static float blur_at(const float *in, int x, int y)
{
  int i, j;
  float s = 0;
  for (j = -KR; j <= KR; j++) {
    int yy = CLAMPI(y + j, 0, IMG_H - 1);
    for (i = -KR; i <= KR; i++) {
      int xx = CLAMPI(x + i, 0, IMG_W - 1);
      s += kernel[j + KR][i + KR] * PIX(in, xx, yy);
    }
  }
  return s;
}

static float tone(float v)
{
  int k = (int)v;
  float f;
  if (k < 0) return curve[0];
  if (k >= 255) return curve[255];
  f = v - (float)k;
  return curve[k] * (1 - f) + curve[k + 1] * f;
}

/* process every tile: out = tone(in + amount * (in - blur(in))) */
static void filter_tiles(const float *in, float *out, TileInfo *info, double amount)
{
  int t, x, y, i, j, x0, y0, clipped;
  float b, v;
  double sum, sum2;
  for (t = 0; t < NTILES; t++) {
    x0 = (t % TX) * TILE;
    y0 = (t / TX) * TILE;
    sum = 0;
    sum2 = 0;
    clipped = 0;
    for (j = 0; j < TILE; j++) {
      y = y0 + j;
      for (i = 0; i < TILE; i++) {
        x = x0 + i;
        b = blur_at(in, x, y);
        v = PIX(in, x, y) + (float)amount * (PIX(in, x, y) - b);
        if (v < 0) { v = 0; clipped++; }
        if (v > 255) { v = 255; clipped++; }
        v = tone(v);
        PIX(out, x, y) = v;
        sum += v;
        sum2 += (double)v * v;
      }
    }
    info[t].x0 = x0;
    info[t].y0 = y0;
    info[t].mean = sum / (TILE * TILE);
    info[t].var = sum2 / (TILE * TILE) - info[t].mean * info[t].mean;
    info[t].clipped = clipped;
  }
}

/* per-row pass: horizontal 1-D smoothing of each row into its own output row */
static void smooth_rows(const float *in, float *out)
{
  int y, x, k;
  float acc;
  for (y = 0; y < IMG_H; y++) {
    const float *src = in + (size_t)y * IMG_W;
    float *dst = out + (size_t)y * IMG_W;
    for (x = 0; x < IMG_W; x++) {
      acc = 0;
      for (k = -8; k <= 8; k++) {
        int xx = CLAMPI(x + k, 0, IMG_W - 1);
        acc += src[xx] * (float)(1.0 / 17.0);
      }
      dst[x] = acc;
    }
  }
}

static void histogram(const float *img, long *hist)
{
  size_t p;
  memset(hist, 0, 16 * sizeof(long));
  for (p = 0; p < (size_t)IMG_W * IMG_H; p++) {
    int b = (int)(img[p] / 16.0f);
    hist[CLAMPI(b, 0, 15)]++;
  }
}

static double image_sum(const float *img)
{
  size_t p;
  double s = 0;
  for (p = 0; p < (size_t)IMG_W * IMG_H; p++)
    s += img[p];
  return s;
}

static void report(const TileInfo *info)
{
  int t, worst = 0;
  double mv = 0;
  long clip = 0;
  for (t = 0; t < NTILES; t++) {
    clip += info[t].clipped;
    if (info[t].var > mv) { mv = info[t].var; worst = t; }
  }
  printf("tiles=%d clipped=%ld busiest tile=(%d,%d) var=%.3f\n",
         NTILES, clip, info[worst].x0, info[worst].y0, mv);
  for (t = 0; t < NTILES; t += 37)
    printf("  tile %3d mean %.4f var %.4f\n", t, info[t].mean, info[t].var);
}

int main(void)
{
  float *img = malloc(sizeof(float) * IMG_W * IMG_H);
  float *out = malloc(sizeof(float) * IMG_W * IMG_H);
  float *sm = malloc(sizeof(float) * IMG_W * IMG_H);
  TileInfo *info = malloc(sizeof(TileInfo) * NTILES);
  long hist[16];
  int b;

  if (!img || !out || !sm || !info) {
    fprintf(stderr, "out of memory\n");
    return 1;
  }
  make_kernel(1.6);
  make_curve(0.8);
  synth(img);
  filter_tiles(img, out, info, 0.7);
  report(info);
  smooth_rows(out, sm);
  histogram(sm, hist);
  printf("sum(out)=%.3f sum(smooth)=%.3f\n", image_sum(out), image_sum(sm));
  for (b = 0; b < 16; b++) printf("%ld ", hist[b]);
  printf("\n");
  free(img);
  free(out);
  free(sm);
  free(info);
  return 0;
}
