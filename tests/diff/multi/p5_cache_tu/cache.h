/* cache.h: a cache in cache.c; counters are globals read through macros;
   an inline helper bumps a global of cache.c */
#ifndef P5_CACHE_H
#define P5_CACHE_H

extern long g_cache_hits, g_cache_misses, g_cache_touches;

#define CACHE_HITS() (g_cache_hits)
#define CACHE_MISSES() (g_cache_misses)
#define CACHE_RESET() (g_cache_hits = g_cache_misses = 0)

static inline void cache_touch(void) { g_cache_touches++; }

long cache_get(int key);

#endif
