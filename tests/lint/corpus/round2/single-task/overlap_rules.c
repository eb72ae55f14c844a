/* Helpers of a histogram equalizer that each spawn one task.  Whether that
 * is a mistake depends on what runs between the spawn and the wait. */
#include <delayed.h>
#include <stdio.h>
#include <string.h>

#define LEVELS 256
#define PIXELS 1048576

DELAYED long count_level(int level, unsigned seed) {
  long n = 0;
  unsigned x = seed;
  for (int i = 0; i < PIXELS; i++) {
    x = x * 1664525u + 1013904223u;
    n += (int)(x >> 24) == level;
  }
  return n;
}

DELAYED void build_cdf(unsigned seed, DELAYED_OUT_N(LEVELS) long *cdf) {
  long hist[LEVELS] = {0};
  unsigned x = seed;
  for (int i = 0; i < PIXELS; i++) {
    x = x * 1664525u + 1013904223u;
    hist[x >> 24]++;
  }
  long acc = 0;
  for (int l = 0; l < LEVELS; l++) {
    acc += hist[l];
    cdf[l] = acc;
  }
}

/* Wrong: plain arithmetic between the spawn and the wait is not other work. */
long darkest(unsigned seed) {
  long n = delayed(count_level)(0, seed); // expect: delayed-single-task
  long scale = (long)seed * 2 + 1;
  delayed_compute(n);
  return n * scale;
}

/* Wrong: the value is tested at once in an if. */
int has_white(unsigned seed) {
  if (delayed(count_level)(LEVELS - 1, seed) > 0) // expect: delayed-single-task
    return 1;
  return 0;
}

/* Wrong: the output buffer is read right after the call. */
long median_level(unsigned seed) {
  long cdf[LEVELS];
  delayed(build_cdf)(seed, cdf); // expect: delayed-single-task
  for (int l = 0; l < LEVELS; l++)
    if (cdf[l] * 2 >= PIXELS)
      return l;
  return LEVELS - 1;
}

/* Wrong: the result is returned straight away. */
long brightest(unsigned seed) {
  long n = delayed(count_level)(LEVELS - 1, seed); // expect: delayed-single-task
  return n;
}

/* Wrong: spawn and wait in the same branch. */
long maybe_count(unsigned seed, int level) {
  long n = -1;
  if (level >= 0 && level < LEVELS) {
    n = delayed(count_level)(level, seed); // expect: delayed-single-task
    delayed_compute(n);
  }
  return n;
}

/* Right: a loop runs while the task does. */
long darkest_with_table(unsigned seed, long *restrict table) {
  long n = delayed(count_level)(0, seed);
  for (int l = 0; l < LEVELS; l++)
    table[l] = (long)l * l;
  delayed_compute(n);
  return n + table[LEVELS - 1];
}

/* Right: a call runs while the task does. */
long cdf_and_banner(unsigned seed, char *banner, size_t cap) {
  long cdf[LEVELS];
  delayed(build_cdf)(seed, cdf);
  snprintf(banner, cap, "equalizing with seed %u", seed);
  delayed_compute(cdf);
  return cdf[LEVELS - 1];
}

/* Right: two tasks. */
long dark_and_light(unsigned seed) {
  long d = delayed(count_level)(0, seed);
  long l = delayed(count_level)(LEVELS - 1, seed);
  delayed_compute(d, l);
  return d - l;
}

/* Right: the task is a delayed function's own business. */
DELAYED long level_pair(int level, unsigned seed) {
  long a = 0;
  unsigned x = seed;
  for (int i = 0; i < PIXELS; i++) {
    x = x * 22695477u + 1u;
    a += (int)(x >> 24) == level;
  }
  return a;
}
