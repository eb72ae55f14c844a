/* task_regions.c — dependencies on memory regions compared at run time (the
 * OpenMP target).
 *
 * Where delayc cannot prove at compile time which parts of an array the tasks
 * of a function touch (ranges of a run-time length, a reader of the whole
 * array after writers of its elements), it names them as regions — a base
 * address and a length in bytes — and asks here, at each spawn, which live
 * tasks of the same function invocation touch an overlapping region with one
 * of the two writing.  The new task gets a token (a byte of its own: its
 * `depend(out:)`), and depends (`depend(in:)`, through an iterator) on the
 * tokens of exactly those tasks; ordinary code about to touch a region waits
 * for the same list.  OpenMP then orders them as it orders any depend clause.
 *
 * A scope belongs to one invocation of the spawning function, like the slot
 * arena, and only the thread running that invocation calls in (spawns run in
 * its order), so the list needs no lock; a task marks its token done at the
 * end of its body from any thread (an atomic store), and the next scan drops
 * done entries.  An entry wholly covered by a later writer is dropped too: any
 * later task that overlaps it overlaps the writer, which follows it.  The
 * scope and its tokens are freed after the function's final wait.
 */
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "delayc_rt.h"

typedef struct Token {
  atomic_int done;
  unsigned mark;                      /* the scan that last listed it (no duplicates) */
} Token;

typedef struct Entry {
  uintptr_t lo, hi;                   /* [lo, hi) */
  int write;
  Token *t;
} Entry;

typedef struct TokChunk {
  struct TokChunk *next;
  int used;
  Token tok[256];
} TokChunk;

struct delayc_rt_regions {
  Entry *e;
  size_t n, cap;
  char **pred;                        /* the last answer */
  int npred, cappred;
  unsigned scan;
  TokChunk *chunks;
};

static void *grow(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) {
    fputs("delayc: out of memory (task regions)\n", stderr);
    abort();
  }
  return q;
}

static delayc_rt_regions *scope(delayc_rt_regions **rg) {
  if (!*rg) {
    *rg = grow(NULL, sizeof **rg);
    **rg = (delayc_rt_regions){0};
  }
  return *rg;
}

static void bounds(const delayc_rt_region *r, uintptr_t *lo, uintptr_t *hi) {
  *lo = (uintptr_t)r->lo;
  *hi = r->len > UINTPTR_MAX - *lo ? UINTPTR_MAX : *lo + r->len;
}

static int is_done(Token *t) { return atomic_load_explicit(&t->done, memory_order_acquire); }

static void add_pred(delayc_rt_regions *s, Token *t) {
  if (t->mark == s->scan) return;
  t->mark = s->scan;
  if (s->npred == s->cappred) {
    s->cappred = s->cappred ? 2 * s->cappred : 16;
    s->pred = grow(s->pred, (size_t)s->cappred * sizeof *s->pred);
  }
  s->pred[s->npred++] = (char *)t;
}

/* List in s->pred the live tasks that conflict with the n regions r, dropping
 * done entries (and, when writer is set, the entries its regions cover). */
static void scan(delayc_rt_regions *s, int n, const delayc_rt_region *r, int writer) {
  s->npred = 0;
  if (++s->scan == 0) s->scan = 1;
  size_t k = 0;
  for (size_t i = 0; i < s->n; i++) {
    Entry *e = &s->e[i];
    if (is_done(e->t)) continue;
    int covered = 0;
    for (int j = 0; j < n; j++) {
      uintptr_t lo, hi;
      bounds(&r[j], &lo, &hi);
      if (lo >= hi || e->hi <= lo || hi <= e->lo || !(e->write || r[j].write)) continue;
      add_pred(s, e->t);
      covered |= writer && r[j].write && lo <= e->lo && e->hi <= hi;
    }
    if (!covered) s->e[k++] = *e;
  }
  s->n = k;
}

static Token *new_token(delayc_rt_regions *s) {
  if (!s->chunks || s->chunks->used == (int)(sizeof s->chunks->tok / sizeof s->chunks->tok[0])) {
    TokChunk *c = grow(NULL, sizeof *c);
    c->next = s->chunks;
    c->used = 0;
    s->chunks = c;
  }
  Token *t = &s->chunks->tok[s->chunks->used++];
  atomic_init(&t->done, 0);
  t->mark = 0;
  return t;
}

char *delayc_rt_region_task(delayc_rt_regions **rg, int n, const delayc_rt_region *r, int *npred, char ***pred) {
  delayc_rt_regions *s = scope(rg);
  scan(s, n, r, 1);
  Token *t = new_token(s);
  for (int j = 0; j < n; j++) {
    uintptr_t lo, hi;
    bounds(&r[j], &lo, &hi);
    if (lo >= hi) continue;
    if (s->n == s->cap) {
      s->cap = s->cap ? 2 * s->cap : 64;
      s->e = grow(s->e, s->cap * sizeof *s->e);
    }
    s->e[s->n++] = (Entry){lo, hi, r[j].write != 0, t};
  }
  *npred = s->npred;
  *pred = s->pred;
  return (char *)t;
}

int delayc_rt_region_wait_list(delayc_rt_regions **rg, const delayc_rt_region *r, char ***pred) {
  *pred = NULL;
  if (!*rg) return 0;
  scan(*rg, 1, r, 0);
  *pred = (*rg)->pred;
  return (*rg)->npred;
}

void delayc_rt_region_done(char *token) {
  atomic_store_explicit(&((Token *)token)->done, 1, memory_order_release);
}

void delayc_rt_regions_free(delayc_rt_regions **rg) {
  delayc_rt_regions *s = *rg;
  if (!s) return;
  while (s->chunks) {
    TokChunk *c = s->chunks;
    s->chunks = c->next;
    free(c);
  }
  free(s->e);
  free(s->pred);
  free(s);
  *rg = NULL;
}
