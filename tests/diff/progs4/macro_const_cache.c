/* macro_const_cache.c — area 3 (const parameter cast away in a macro): a lookup
 * cache whose lookup function takes `const Cache *` but records hits and misses
 * through a macro that casts the const away; DELAYED inserts and lookups are
 * interleaved, and main prints the hit/miss statistics. */
#include <stdio.h>
#include "delayed.h"

#define CAP 16

typedef struct {
  int keys[CAP];
  int vals[CAP];
  int used;
  int hits, misses;
} Cache;

#define STAT(c, field) (((Cache *)(c))->field++)
#define CACHE_PUT(c, k, v) do { Cache *c_ = (c); c_->keys[c_->used] = (k); c_->vals[c_->used] = (v); c_->used++; } while (0)

DELAYED int cache_get(const Cache *c, int key) {
  for (int i = 0; i < c->used; i++)
    if (c->keys[i] == key) {
      STAT(c, hits);
      return c->vals[i];
    }
  STAT(c, misses);
  return -1;
}

DELAYED void cache_put(Cache *c, int key, int val) {
  if (c->used < CAP)
    CACHE_PUT(c, key, val);
}

int main(void) {
  Cache cache = {{0}, {0}, 0, 0, 0};
  int results[12];
  int keys[12] = {3, 5, 3, 7, 5, 3, 9, 7, 1, 3, 5, 9};
  for (int i = 0; i < 12; i++) {
    results[i] = cache_get(&cache, keys[i]);
    if (i % 2 == 0)
      cache_put(&cache, keys[i], keys[i] * 100);
  }
  for (int i = 0; i < 12; i++)
    printf("get(%d) = %d\n", keys[i], results[i]);
  printf("hits %d misses %d used %d\n", cache.hits, cache.misses, cache.used);
  return 0;
}
