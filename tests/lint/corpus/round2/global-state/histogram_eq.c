/* Histogram equalization of a grey image in strips.  The strip tasks reach
 * for file-scope state in several ways. */
#include <delayed.h>
#include <stdint.h>

#define WIDTH 1024
#define HEIGHT 768
#define STRIPS 8
#define STRIP_ROWS (HEIGHT / STRIPS)
#define LEVELS 256

typedef uint8_t pixel;

static long g_histogram[LEVELS];          /* shared by every strip: wrong */
double gamma_correction = 1.0;            /* tunable at run time: wrong */
extern int verbose_level;
static const double kLuma[3] = {0.299, 0.587, 0.114};
static const char *const kNames[2] = {"dark", "light"};
struct stretch { int lo, hi; };
static struct stretch g_stretch = {0, 255};

/* Wrong: counts into the global histogram. */
DELAYED long count_strip(DELAYED_IN_N(WIDTH * STRIP_ROWS) const pixel *strip) {
  long n = 0;
  for (int i = 0; i < WIDTH * STRIP_ROWS; i++) {
    g_histogram[strip[i]]++; // expect: delayed-global-state
    n++;
  }
  return n;
}

/* Wrong: reads a mutable tunable and a mutable struct. */
DELAYED double strip_mean(DELAYED_IN_N(WIDTH * STRIP_ROWS) const pixel *strip) {
  double s = 0.0;
  for (int i = 0; i < WIDTH * STRIP_ROWS; i++) {
    int v = strip[i];
    if (v < g_stretch.lo) // expect: delayed-global-state
      v = 0;
    s += v;
  }
  return s * gamma_correction; // expect: delayed-global-state
}

/* Wrong: a static local counter of calls, and an extern flag. */
DELAYED double strip_max(DELAYED_IN_N(WIDTH * STRIP_ROWS) const pixel *strip, int *unused_slot) {
  static int calls = 0;
  int nth = ++calls; // expect: delayed-global-state
  (void)unused_slot;
  int best = 0;
  for (int i = 0; i < WIDTH * STRIP_ROWS; i++)
    if (strip[i] > best)
      best = strip[i];
  if (verbose_level > 2) // expect: delayed-global-state
    best = best > 255 ? 255 : best;
  return nth > 0 ? best : 0;
}

/* Right: const tables, locals shadowing a global name, sizeof of a global. */
DELAYED double strip_luma(DELAYED_IN_N(3 * WIDTH) const pixel *rgb, int label) {
  long g_histogram = 0;           /* a local of the same name */
  double s = 0.0;
  for (int i = 0; i < WIDTH; i++) {
    s += kLuma[0] * rgb[3 * i] + kLuma[1] * rgb[3 * i + 1] + kLuma[2] * rgb[3 * i + 2];
    g_histogram++;
  }
  (void)kNames[label & 1];
  return s / (double)g_histogram + (double)sizeof g_stretch * 0.0;
}

/* Right: ordinary code may use the globals. */
void reset_histogram(void) {
  for (int i = 0; i < LEVELS; i++)
    g_histogram[i] = 0;
  g_stretch.lo = 0;
  gamma_correction = 1.0;
}

/* Right: the cumulative table is built serially from the counts the tasks returned. */
void build_lut(const long *hist, pixel *lut) {
  long cum = 0, total = 0;
  for (int i = 0; i < LEVELS; i++)
    total += hist[i];
  for (int i = 0; i < LEVELS; i++) {
    cum += hist[i];
    lut[i] = (pixel)(total ? (cum * (LEVELS - 1)) / total : i);
  }
}
