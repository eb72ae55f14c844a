/* unity_plus_tu/stats.c — area 2: a separately compiled unit holding a global sample
 * buffer appended to by stats_add. */
#include "stats.h"

static int samples[256];
static int nsamples;

void stats_add(int sample) {
  if (nsamples < 256)
    samples[nsamples++] = sample;
}

int stats_count(void) {
  return nsamples;
}

int stats_sample(int i) {
  return samples[i];
}
