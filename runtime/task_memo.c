/* task_memo.c — results of DELAYED_PURE calls, looked up by their arguments.
 *
 * Dask gives identical calls of a pure function one key.  Where delayc cannot
 * see at compile time that two calls are the same (a loop: `r[i] = f(k % 8)`),
 * the generated code calls a wrapper that looks the argument values up here
 * first: a hit copies the stored result, a miss calls the function and stores
 * what it returned.  The task is still spawned (its order stays the same);
 * only the work is saved.
 *
 * One table per callee, zero-initialized (a static in the generated code):
 * DELAYC_RT_MEMO_WAYS entries, each found by a hash of the key's bytes and
 * replaced when another key hashes there.  An entry is guarded by a spinlock
 * of its own, held for a memcmp and a memcpy.  Two tasks missing on one key
 * at once both compute it (same result, no wait).  The keys are the
 * arguments' bytes, padding zeroed by the wrapper; only arithmetic and enum
 * values reach here (delayc checks), so equal bytes are equal arguments.
 *
 * DELAYC_MEMO=0 turns it off (every lookup misses, nothing is stored);
 * DELAYC_STATS=1 adds a line with the hits. */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

static atomic_int iState;       /* 0: not read yet, 1: on, 2: off */
static atomic_long nLookup, nHit;
static atomic_int bReported;

static void memo_report(void) {
  fflush(stdout);
  fprintf(stderr, "delayc: memo hits=%ld of %ld calls\n", atomic_load(&nHit), atomic_load(&nLookup));
}

static int memo_on(void) {
  int s = atomic_load_explicit(&iState, memory_order_relaxed);
  if (s) return s == 1;
  const char *v = getenv("DELAYC_MEMO");
  s = v && !strcmp(v, "0") ? 2 : 1;
  atomic_store(&iState, s);
  if (s == 1 && (delayc_rt_flags & DC_RT_STATS) && !atomic_exchange(&bReported, 1)) atexit(memo_report);
  return s == 1;
}

/* FNV-1a over the key's bytes */
static unsigned long memo_hash(const void *key, size_t n) {
  const unsigned char *p = key;
  unsigned long h = 1469598103934665603ul;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 1099511628211ul;
  return h ? h : 1;              /* 0 marks an empty entry */
}

static void entry_lock(delayc_rt_memo_entry *e) {
  while (__atomic_exchange_n(&e->lock, 1, __ATOMIC_ACQUIRE))
    while (__atomic_load_n(&e->lock, __ATOMIC_RELAXED)) {
    }
}

static void entry_unlock(delayc_rt_memo_entry *e) { __atomic_store_n(&e->lock, 0, __ATOMIC_RELEASE); }

int delayc_rt_memo_get(delayc_rt_memo *m, const void *key, size_t nkey, void *val, size_t nval) {
  if (nkey > DELAYC_RT_MEMO_KEY || nval > DELAYC_RT_MEMO_VAL || !memo_on()) return 0;
  unsigned long h = memo_hash(key, nkey);
  delayc_rt_memo_entry *e = &m->e[h % DELAYC_RT_MEMO_WAYS];
  entry_lock(e);
  int hit = e->hash == h && !memcmp(e->key, key, nkey);
  if (hit) memcpy(val, e->val, nval);
  entry_unlock(e);
  if (delayc_rt_flags & DC_RT_STATS) {
    atomic_fetch_add_explicit(&nLookup, 1, memory_order_relaxed);
    if (hit) atomic_fetch_add_explicit(&nHit, 1, memory_order_relaxed);
  }
  return hit;
}

void delayc_rt_memo_put(delayc_rt_memo *m, const void *key, size_t nkey, const void *val, size_t nval) {
  if (nkey > DELAYC_RT_MEMO_KEY || nval > DELAYC_RT_MEMO_VAL || !memo_on()) return;
  unsigned long h = memo_hash(key, nkey);
  delayc_rt_memo_entry *e = &m->e[h % DELAYC_RT_MEMO_WAYS];
  entry_lock(e);
  e->hash = h;
  memcpy(e->key, key, nkey);
  memcpy(e->val, val, nval);
  entry_unlock(e);
}
