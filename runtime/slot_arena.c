/* slot_arena.c — storage slots for the results of pending tasks.
 *
 * An arena belongs to one invocation of a function that spawns tasks.  Each
 * pending result (a loop iteration's `a = inc(x)`, say) gets its own slot, so
 * iterations need not wait for each other; after the function's final wait
 * delayc_rt_arena_free() releases everything at once.
 *
 * The arena is a list of chunks with bump allocation.  Chunks grow
 * geometrically from FIRST_CHUNK up to MAX_CHUNK; a request too big for the
 * next chunk gets a chunk of its own, linked behind the current one so the
 * current chunk keeps serving small requests.  Only the owning thread
 * allocates, so there is no locking.
 *
 * A loop whose body declares results gets an arena of its own: at the start
 * of an iteration, when it holds more than DELAYC_RT_ARENA_RECLAIM bytes, the
 * generated code waits for the function's tasks and resets it, for every slot
 * in it belongs to an iteration that is over (docs/lowering.md, "Slots").  A
 * reset keeps the newest chunk for the next slots: its pages stay mapped.
 */
#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "delayc_rt.h"

#define FIRST_CHUNK ((size_t)4 << 10)   /* 4 KiB */
#define MAX_CHUNK   ((size_t)4 << 20)   /* chunk growth stops at 4 MiB */

typedef struct chunk chunk;
struct chunk {
  chunk *pPrev;       /* older chunk, or NULL */
  size_t nByte;       /* size of a[] */
  size_t nUsed;       /* bytes of a[] handed out, including padding */
  max_align_t a[];    /* the slots */
};

struct delayc_rt_arena {
  size_t nTotal;      /* bytes of the chunks made since it was made or reset
                         (delayc_rt_arena_big reads it: the first member) */
  chunk *pCur;        /* chunk being bumped; its pPrev chain holds the rest */
  size_t nNext;       /* size of the next regular chunk */
};

static void out_of_memory(size_t n) {
  fprintf(stderr, "delayc: out of memory (arena slot of %zu bytes)\n", n);
  abort();
}

static void *xmalloc(size_t n, size_t nWanted) {
  void *p = malloc(n);
  if (p == NULL) out_of_memory(nWanted);
  return p;
}

static chunk *chunk_new(size_t nByte, size_t nWanted) {
  if (nByte > SIZE_MAX - sizeof(chunk)) out_of_memory(nWanted);
  chunk *c = xmalloc(sizeof(chunk) + nByte, nWanted);
  c->pPrev = NULL;
  c->nByte = nByte;
  c->nUsed = 0;
  return c;
}

/* The address of a slot of size bytes aligned to align in c, or NULL. */
static void *chunk_take(chunk *c, size_t size, size_t align) {
  uintptr_t base = (uintptr_t)c->a;
  uintptr_t at = (base + c->nUsed + (align - 1)) & ~(uintptr_t)(align - 1);
  size_t off = (size_t)(at - base);
  if (off > c->nByte || size > c->nByte - off) return NULL;
  c->nUsed = off + size;
  return (void *)at;
}

void *delayc_rt_slot(delayc_rt_arena **arena, size_t size, size_t align) {
  assert(arena != NULL);
  if (align == 0) align = _Alignof(max_align_t);
  assert((align & (align - 1)) == 0 && "alignment must be a power of two");
  if (size == 0) size = 1;           /* every slot has its own address */

  delayc_rt_arena *p = *arena;
  if (p == NULL) {
    p = xmalloc(sizeof(delayc_rt_arena), size);
    p->nTotal = 0;
    p->pCur = NULL;
    p->nNext = FIRST_CHUNK;
    *arena = p;
  }
  if (p->pCur != NULL) {
    void *z = chunk_take(p->pCur, size, align);
    if (z != NULL) return z;
  }

  /* Room for the slot at any alignment. */
  if (size > SIZE_MAX - align) out_of_memory(size);
  size_t need = size + align - 1;

  if (need > p->nNext && p->pCur != NULL) {
    /* A big slot: its own chunk, kept behind the current one. */
    chunk *c = chunk_new(need, size);
    p->nTotal += need;
    c->pPrev = p->pCur->pPrev;
    p->pCur->pPrev = c;
    void *z = chunk_take(c, size, align);
    assert(z != NULL);
    return z;
  }

  size_t n = need > p->nNext ? need : p->nNext;
  chunk *c = chunk_new(n, size);
  p->nTotal += n;
  c->pPrev = p->pCur;
  p->pCur = c;
  if (p->nNext < MAX_CHUNK) p->nNext *= 2;
  void *z = chunk_take(c, size, align);
  assert(z != NULL);
  return z;
}

void delayc_rt_arena_free(delayc_rt_arena **arena) {
  if (arena == NULL || *arena == NULL) return;
  chunk *c = (*arena)->pCur;
  while (c != NULL) {
    chunk *pPrev = c->pPrev;
    free(c);
    c = pPrev;
  }
  free(*arena);
  *arena = NULL;
}

void delayc_rt_arena_reset(delayc_rt_arena **arena) {
  if (arena == NULL || *arena == NULL || (*arena)->pCur == NULL) return;
  chunk *keep = (*arena)->pCur, *c = keep->pPrev;
  while (c != NULL) {
    chunk *pPrev = c->pPrev;
    free(c);
    c = pPrev;
  }
  keep->pPrev = NULL;
  keep->nUsed = 0;
  (*arena)->nTotal = 0;
}
