/* cache.c: a direct-mapped cache of squares-with-work */
#include "cache.h"

long g_cache_hits, g_cache_misses, g_cache_touches;
static int keys[8] = {-1, -1, -1, -1, -1, -1, -1, -1};
static long vals[8];

long cache_get(int key) {
  int slot = key % 8;
  if (keys[slot] == key) {
    g_cache_hits++;
    return vals[slot];
  }
  g_cache_misses++;
  long v = 0;
  for (long i = 0; i < 100000; i++) v = (v + (long)key * key + i) % 1000003;
  keys[slot] = key;
  vals[slot] = v;
  return v;
}
