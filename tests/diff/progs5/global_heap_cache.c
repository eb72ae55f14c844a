/* global_heap_cache: a cache held in a global pointer to malloc'd memory (a
   struct with arrays); DELAYED fillers store into it through the global
   pointer, main reads entries right after spawning, clears an entry, and
   frees the cache at the end. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define SLOTS 8

struct cache {
  int filled;
  long key[SLOTS];
  long val[SLOTS];
};

static struct cache *g_cache;
static long *g_weights;

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED void fill(int slot, long key, long work) {
  spin(work);
  g_cache->key[slot] = key;
  g_cache->val[slot] = key * key + g_weights[slot];
  g_cache->filled++;
}

DELAYED void weigh(int slot, long work) {
  spin(work);
  g_weights[slot] = slot * 100;
}

int main(void) {
  g_cache = calloc(1, sizeof *g_cache);
  g_weights = calloc(SLOTS, sizeof *g_weights);
  if (!g_cache || !g_weights) return 1;

  for (int i = 0; i < SLOTS; i++) weigh(i, (SLOTS - i) * 50000L);
  printf("w[2]=%ld w[7]=%ld\n", g_weights[2], g_weights[7]);

  for (int i = 0; i < SLOTS; i++) fill(i, 10 + i, (SLOTS - i) * 100000L);
  printf("filled=%d val[0]=%ld val[5]=%ld\n", g_cache->filled, g_cache->val[0], g_cache->val[5]);

  g_weights[3] = -1;
  fill(3, 99, 300000);
  g_cache->val[3] += 1;
  printf("val[3]=%ld filled=%d\n", g_cache->val[3], g_cache->filled);

  long total = 0;
  for (int i = 0; i < SLOTS; i++) total += g_cache->val[i];
  printf("total=%ld\n", total);
  free(g_weights);
  free(g_cache);
  return 0;
}
