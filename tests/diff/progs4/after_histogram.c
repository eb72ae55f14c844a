/* after_histogram.c — area 4 (delayed_after on a global array): a histogram of
 * sensor readings built by unbound delayed_after(add_reading(x)) tasks that write
 * global bins and a global count; a DELAYED task computes the mode from the bins,
 * once bound to the last token and once unbound; main prints the bins. */
#include <stdio.h>
#include "delayed.h"

#define NBINS 10

static int bins[NBINS];
static int nreadings;

DELAYED void add_reading(int x) {
  int b = x / 10;
  if (b < 0)
    b = 0;
  if (b >= NBINS)
    b = NBINS - 1;
  bins[b]++;
  nreadings++;
}

DELAYED int mode_bin(void) {
  int best = 0;
  for (int i = 1; i < NBINS; i++)
    if (bins[i] > bins[best])
      best = i;
  return best * 100 + nreadings % 100;
}

int main(void) {
  unsigned x = 12345;
  delayed_token last = 0;
  for (int i = 0; i < 200; i++) {
    x = x * 1664525u + 1013904223u;
    last = delayed_after(add_reading((int)((x >> 8) % 100)));
  }
  int m1 = delayed_bind(mode_bin, last)();
  for (int i = 0; i < 60; i++)
    (void)delayed_after(add_reading(95 - (i % 4)));
  int m2 = mode_bin();
  printf("mode after 200: %d, after 260: %d\n", m1, m2);
  for (int i = 0; i < NBINS; i++)
    printf("bin %d: %d\n", i, bins[i]);
  printf("readings %d\n", nreadings);
  return 0;
}
