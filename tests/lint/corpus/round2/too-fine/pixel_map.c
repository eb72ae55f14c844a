/* Per-pixel colour mapping of an image.  A user makes every pixel a task;
 * the fixed version maps a row per task. */
#include <delayed.h>
#include <stdint.h>

#define W 320
#define H 200

typedef struct {
  uint8_t r, g, b;
} rgb;

static inline uint8_t clamp8(int v) { return (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v); }

DELAYED_PURE uint8_t to_grey(rgb p) { return clamp8((77 * p.r + 150 * p.g + 29 * p.b) >> 8); }

DELAYED int threshold(int v, int t) { return v >= t; }

DELAYED void grey_row(DELAYED_IN_N(W) const rgb *row, DELAYED_OUT_N(W) uint8_t *out) {
  for (int x = 0; x < W; x++) {
    for (int pass = 0; pass < 4; pass++)
      out[x] = clamp8((77 * row[x].r + 150 * row[x].g + 29 * row[x].b + pass) >> 8);
  }
}

/* Too fine: 64000 tasks of a weighted sum each. */
void grey_image(const rgb img[H][W], uint8_t out[H][W]) {
  uint8_t grey[H][W];
  for (int y = 0; y < H; y++) {
    for (int x = 0; x < W; x++) {
      grey[y][x] = delayed(to_grey)(img[y][x]); // emit runs it in batches: no delayed-too-fine
    }
  }
  delayed_compute(grey);
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++)
      out[y][x] = grey[y][x];
}

/* Too fine: a while loop around a constant for loop still multiplies by W. */
long count_bright(const uint8_t grey[H][W], int t, int rows) {
  int flags[W];
  long n = 0;
  int y = 0;
  while (y < rows && y < H) {
    for (int x = 0; x < W; x++)
      flags[x] = delayed(threshold)(grey[y][x], t); // emit runs it in batches: no delayed-too-fine
    delayed_compute(flags); // expect: delayed-compute-in-loop
    for (int x = 0; x < W; x++)
      n += flags[x];
    y++;
  }
  return n;
}

/* Too fine: a histogram of 256 levels, one tiny task per level. */
long level_table(int t) {
  int table[256];
  for (int v = 0; v <= 255; v++)
    table[v] = threshold(v, t); // emit runs it in batches: no delayed-too-fine
  delayed_compute(table);
  long n = 0;
  for (int v = 0; v <= 255; v++)
    n += table[v];
  return n;
}

/* Right: one task per row, each a few thousand operations. */
void grey_rows(const rgb img[H][W], uint8_t out[H][W]) {
  for (int y = 0; y < H; y++)
    delayed(grey_row)(img[y], out[y]);
  delayed_compute(out);
}

/* Right: 32 tasks is fewer than any sensible minimum. */
void level_table_small(int t, int table[32]) {
  for (int v = 0; v < 32; v++)
    table[v] = threshold(v * 8, t);
  delayed_compute(table);
}
