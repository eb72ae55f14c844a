/* p5_cache_tu: a cache in another file whose counters are extern globals
   read and reset through macros of its header, plus a static inline header
   helper that bumps a global; DELAYED lookups here; main prints the counters
   right after spawning and resets them between rounds. */
#include <stdio.h>
#include "delayed.h"
#include "cache.h"

DELAYED long lookup(int key) {
  cache_touch();
  return cache_get(key);
}

DELAYED void touch_only(int n) {
  for (int i = 0; i < n; i++) cache_touch();
}

int main(void) {
  const int keys[8] = {3, 11, 3, 5, 19, 11, 3, 27};
  long v[8];
  for (int i = 0; i < 8; i++) v[i] = lookup(keys[i]);
  printf("hits=%ld misses=%ld\n", CACHE_HITS(), CACHE_MISSES());
  CACHE_RESET();
  for (int i = 0; i < 8; i++) v[i] += lookup(keys[7 - i]);
  printf("hits=%ld misses=%ld\n", CACHE_HITS(), CACHE_MISSES());
  touch_only(5);
  printf("touches=%ld\n", g_cache_touches);
  long t = 0;
  for (int i = 0; i < 8; i++) t += v[i] % 1000;
  printf("t=%ld\n", t);
  return 0;
}
