/* task_regions.c — dependencies on memory regions compared at run time (the
 * OpenMP target).
 *
 * Where delayc cannot prove at compile time which parts of memory the tasks
 * of a function touch (ranges of a run-time length, a reader of a whole array
 * after writers of its elements, memory only pointers reach), it names them
 * as regions — a first byte and a length — and asks here, at each spawn,
 * which live tasks of the same function invocation touch an overlapping
 * region with one of the two writing.  The new task gets a token (a byte of
 * its own: its `depend(out:)`), and depends (`depend(in:)`, through an
 * iterator) on the tokens of exactly those tasks; ordinary code about to
 * touch a region waits for the same list.  OpenMP then orders them as it
 * orders any depend clause.
 *
 * A scope belongs to one invocation of the spawning function, like the slot
 * arena, and only the thread running that invocation calls in (spawns run in
 * its order), so the index needs no lock; a task marks its token done at the
 * end of its body from any thread (an atomic store).
 *
 * The index: live entries sorted by their first byte, with the longest
 * entry's length, so that a query visits only entries that start within that
 * length below its own end (a binary search, then the few candidates);
 * entries longer than WIDE bytes (a whole array, all of memory) sit in a small
 * list of their own that every query scans.  New entries go to a short
 * unsorted list every query scans too; when it is full it is sorted and
 * merged into a middle sorted run, and the middle run into the big one when
 * it grows past about sqrt(32 n) entries (one pass each): inserting each in
 * place moved half the index every time, and merging every 32 new entries
 * straight into the big run still passed over all of it, so that a spawner
 * running far ahead of its tasks (sparselu: thousands live) spent a fifth,
 * then a tenth of its time there.  Done entries met by a query are dropped;
 * the others go at the merges.
 * An entry wholly covered by a later writer is dropped too: any later task
 * that overlaps it overlaps the writer, which follows it.  Regions updated in
 * any order (write 2: `total += n` in every task) order readers and writers,
 * not one another, and drop nothing: a later reader must follow them all.  The scope and its
 * tokens are freed after the function's final wait.
 */
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "delayc_rt.h"

#define WIDE ((uintptr_t)1 << 20)   /* longer entries: the wide list */
#define RECENT 32                   /* new entries kept unsorted until merged */

typedef struct Token {
  atomic_int done;
  unsigned mark;                      /* the scan that last listed it (no duplicates) */
} Token;

typedef struct Entry {
  uintptr_t lo, hi;                   /* [lo, hi): one block; with rows > 1, the first row */
  int write;
  Token *t;                           /* NULL: dropped, awaiting compaction */
  size_t rows;                        /* > 1: rows blocks like the first, stride bytes apart */
  uintptr_t stride;                   /*      (a positive stride; kept in the wide list) */
} Entry;

typedef struct List { Entry *e; size_t n, cap; } List;

typedef struct TokChunk {
  struct TokChunk *next;
  int used;
  Token tok[256];
} TokChunk;

struct delayc_rt_regions {
  List by_lo;                         /* entries of at most WIDE bytes, sorted by lo */
  uintptr_t maxlen;                   /* the longest of them (since the last merge) */
  List mid;                           /* newer such entries, sorted by lo, merged into by_lo when large */
  uintptr_t midmax;                   /* the longest of them */
  List recent;                        /* the newest such entries, unsorted (at most RECENT) */
  List wide;                          /* the longer ones, in spawn order */
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

/* Block k of a region (rows blocks, stride bytes apart; one block when rows <= 1). */
static size_t nblocks(const delayc_rt_region *r) {
  return r->rows > 1 && r->rows <= (SIZE_MAX >> 1) ? r->rows : 1;   /* a negative count cast: one block */
}

static void bounds(const delayc_rt_region *r, size_t k, uintptr_t *lo, uintptr_t *hi) {
  *lo = (uintptr_t)r->lo + (uintptr_t)((ptrdiff_t)k * r->stride);
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

/* One entry against one region: listed when they conflict; dropped when done,
 * or when writer and the region covers it. */
/* Does a block of rows (e) meet [lo, hi)?  Its row i is [e->lo + i*stride, + len):
 * the rows that could meet it are those from ceil((lo - len + 1 - e->lo) / stride)
 * to floor((hi - 1 - e->lo) / stride). */
static int rows_meet(const Entry *e, uintptr_t lo, uintptr_t hi) {
  uintptr_t len = e->hi - e->lo, last = e->lo + (e->rows - 1) * e->stride;
  if (hi <= e->lo || lo >= last + len) return 0;
  uintptr_t imax = (hi - 1 - e->lo) / e->stride;               /* hi - 1 >= e->lo here */
  uintptr_t imin = lo + 1 > e->lo + len ? (lo + 1 - len - e->lo + e->stride - 1) / e->stride : 0;
  if (imax > e->rows - 1) imax = e->rows - 1;
  return imin <= imax;
}

/* Two regions that overlap keep their order (write: 0 read, 1 written, 2
 * updated in any order), unless one is a variable's own storage and the other
 * memory reached through pointers (DELAYC_RT_OWN): those never meet. */
static int conflict(int a, int b) {
  if ((a ^ b) & DELAYC_RT_OWN) return 0;
  a &= 3;
  b &= 3;
  return (a || b) && !(a == 2 && b == 2);
}

static void visit(delayc_rt_regions *s, Entry *e, uintptr_t lo, uintptr_t hi, int write, int writer) {
  if (!e->t) return;
  if (is_done(e->t)) { e->t = NULL; return; }
  if (!conflict(e->write, write)) return;
  if (e->rows > 1) {
    if (rows_meet(e, lo, hi)) add_pred(s, e->t);
    return;
  }
  if (e->hi <= lo || hi <= e->lo) return;
  add_pred(s, e->t);
  if (writer && (write & 3) == 1 && lo <= e->lo && e->hi <= hi) e->t = NULL;
}

/* Do two entries meet, q a block of rows?  Exact against one block; against
 * another block of rows, exact for the rows' residues when the strides are
 * equal and conservative otherwise (a needless wait, never a missed one). */
static int entries_meet(const Entry *e, const Entry *q) {
  if (e->rows <= 1) return rows_meet(q, e->lo, e->hi);
  uintptr_t elen = e->hi - e->lo, qlen = q->hi - q->lo;
  uintptr_t ehi = e->lo + (e->rows - 1) * e->stride + elen, qhi = q->lo + (q->rows - 1) * q->stride + qlen;
  if (ehi <= q->lo || qhi <= e->lo) return 0;
  if (e->stride != q->stride || elen >= e->stride || qlen >= q->stride) return 1;
  uintptr_t S = e->stride;
  uintptr_t d = q->lo >= e->lo ? (q->lo - e->lo) % S : (S - (e->lo - q->lo) % S) % S;   /* q's rows start d into e's period */
  return d < elen || d + qlen > S;
}

static void visit_rows(delayc_rt_regions *s, Entry *e, const Entry *q) {
  if (!e->t) return;
  if (is_done(e->t)) { e->t = NULL; return; }
  if (!conflict(e->write, q->write)) return;
  if (entries_meet(e, q)) add_pred(s, e->t);
}

/* The first entry of by_lo whose lo is at least x. */
static size_t lower_bound(List *l, uintptr_t x) {
  size_t a = 0, b = l->n;
  while (a < b) {
    size_t m = a + (b - a) / 2;
    if (l->e[m].lo < x) a = m + 1; else b = m;
  }
  return a;
}

/* The entries of a sorted run that may meet [lo, hi): from the first that
 * starts within maxlen below lo, while they start below hi. */
static size_t first_candidate(List *l, uintptr_t maxlen, uintptr_t lo) {
  return lower_bound(l, lo > maxlen ? lo - maxlen : 0);
}

static void query(delayc_rt_regions *s, uintptr_t lo, uintptr_t hi, int write, int writer) {
  for (size_t i = first_candidate(&s->by_lo, s->maxlen, lo); i < s->by_lo.n && s->by_lo.e[i].lo < hi; i++)
    visit(s, &s->by_lo.e[i], lo, hi, write, writer);
  for (size_t i = first_candidate(&s->mid, s->midmax, lo); i < s->mid.n && s->mid.e[i].lo < hi; i++)
    visit(s, &s->mid.e[i], lo, hi, write, writer);
  for (size_t i = 0; i < s->recent.n; i++) visit(s, &s->recent.e[i], lo, hi, write, writer);
  for (size_t i = 0; i < s->wide.n; i++) visit(s, &s->wide.e[i], lo, hi, write, writer);
}

/* A block of rows against the live entries: one pass over those in its
 * bounding range (not one query per row: fft's strided halves have millions). */
static void query_rows(delayc_rt_regions *s, const Entry *q) {
  uintptr_t hi = q->lo + (q->rows - 1) * q->stride + (q->hi - q->lo);
  for (size_t i = first_candidate(&s->by_lo, s->maxlen, q->lo); i < s->by_lo.n && s->by_lo.e[i].lo < hi; i++)
    visit_rows(s, &s->by_lo.e[i], q);
  for (size_t i = first_candidate(&s->mid, s->midmax, q->lo); i < s->mid.n && s->mid.e[i].lo < hi; i++)
    visit_rows(s, &s->mid.e[i], q);
  for (size_t i = 0; i < s->recent.n; i++) visit_rows(s, &s->recent.e[i], q);
  for (size_t i = 0; i < s->wide.n; i++) visit_rows(s, &s->wide.e[i], q);
}

/* One region of a task or a wait against the live entries. */
static void query_region(delayc_rt_regions *s, const delayc_rt_region *r, int writer) {
  size_t nb = nblocks(r);
  uintptr_t lo, hi;
  bounds(r, 0, &lo, &hi);
  if (nb > 1 && r->stride > 0 && lo < hi && hi != UINTPTR_MAX) {
    uintptr_t last = lo + (nb - 1) * (uintptr_t)r->stride;
    if (last >= lo && last + (hi - lo) > last) {     /* no wrap-around */
      if ((uintptr_t)r->stride <= hi - lo) {         /* the rows touch: one block */
        query(s, lo, last + (hi - lo), r->write, writer);
        return;
      }
      Entry q = {lo, hi, r->write, NULL, nb, (uintptr_t)r->stride};
      query_rows(s, &q);
      return;
    }
  }
  for (size_t k = 0; k < nb; k++) {
    bounds(r, k, &lo, &hi);
    if (lo < hi) query(s, lo, hi, r->write, writer);
  }
}

static void squeeze(List *l, uintptr_t *maxlen) {
  size_t k = 0;
  if (maxlen) *maxlen = 0;
  for (size_t i = 0; i < l->n; i++) {
    Entry *e = &l->e[i];
    if (!e->t || is_done(e->t)) continue;
    if (maxlen && e->hi - e->lo > *maxlen) *maxlen = e->hi - e->lo;
    l->e[k++] = *e;
  }
  l->n = k;
}

static void reserve(List *l, size_t n) {
  if (n <= l->cap) return;
  l->cap = l->cap ? l->cap : 64;
  while (l->cap < n) l->cap *= 2;
  l->e = grow(l->e, l->cap * sizeof *l->e);
}

static int by_lo_order(const void *a, const void *b) {
  const Entry *x = a, *y = b;
  return x->lo < y->lo ? -1 : x->lo > y->lo;
}

/* A sorted run (src, done entries already left out) into another (dst), the
 * done entries of dst left out: one pass from the end. */
static void merge_run(List *dst, uintptr_t *dmax, List *src) {
  squeeze(dst, dmax);
  reserve(dst, dst->n + src->n);
  size_t i = dst->n, j = src->n, k = dst->n + src->n;
  while (j > 0) {
    if (i > 0 && dst->e[i - 1].lo > src->e[j - 1].lo) dst->e[--k] = dst->e[--i];
    else dst->e[--k] = src->e[--j];
  }
  dst->n += src->n;
  for (size_t r = 0; r < src->n; r++)
    if (src->e[r].hi - src->e[r].lo > *dmax) *dmax = src->e[r].hi - src->e[r].lo;
  src->n = 0;
}

/* The recent entries into the middle run; the middle run into the big one
 * once it holds more than about sqrt(32 n) (each entry is then moved a few
 * times, not n/32). */
static void merge_recent(delayc_rt_regions *s) {
  squeeze(&s->recent, NULL);
  qsort(s->recent.e, s->recent.n, sizeof *s->recent.e, by_lo_order);
  merge_run(&s->mid, &s->midmax, &s->recent);
  size_t limit = 8 * RECENT;
  while (limit * limit < 32 * s->by_lo.n) limit *= 2;
  if (s->mid.n > limit) {
    merge_run(&s->by_lo, &s->maxlen, &s->mid);
    s->midmax = 0;
  }
}

static void insert(delayc_rt_regions *s, Entry e) {
  if (e.hi - e.lo > WIDE || e.rows > 1) {
    if (s->wide.n >= 64) squeeze(&s->wide, NULL);
    reserve(&s->wide, s->wide.n + 1);
    s->wide.e[s->wide.n++] = e;
    return;
  }
  if (s->recent.n == RECENT) merge_recent(s);
  reserve(&s->recent, s->recent.n + 1);
  s->recent.e[s->recent.n++] = e;
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

static void begin_scan(delayc_rt_regions *s) {
  s->npred = 0;
  if (++s->scan == 0) s->scan = 1;
}

char *delayc_rt_region_task(delayc_rt_regions **rg, int n, const delayc_rt_region *r, int *npred, char ***pred) {
  delayc_rt_regions *s = scope(rg);
  begin_scan(s);
  for (int j = 0; j < n; j++) query_region(s, &r[j], 1);
  Token *t = new_token(s);
  for (int j = 0; j < n; j++) {
    if (nblocks(&r[j]) > 1 && r[j].stride > 0) {   /* one entry for all its rows */
      uintptr_t lo, hi;
      bounds(&r[j], 0, &lo, &hi);
      uintptr_t last = lo + (nblocks(&r[j]) - 1) * (uintptr_t)r[j].stride;
      if (lo < hi && hi != UINTPTR_MAX && last >= lo && last + (hi - lo) > last)
        insert(s, (Entry){lo, hi, r[j].write, t, nblocks(&r[j]), (uintptr_t)r[j].stride});
      continue;
    }
    for (size_t k = 0; k < nblocks(&r[j]); k++) {
      uintptr_t lo, hi;
      bounds(&r[j], k, &lo, &hi);
      if (lo < hi) insert(s, (Entry){lo, hi, r[j].write, t, 0, 0});
    }
  }
  *npred = s->npred;
  *pred = s->pred;
  return (char *)t;
}

int delayc_rt_region_wait_list(delayc_rt_regions **rg, const delayc_rt_region *r, char ***pred) {
  *pred = NULL;
  if (!*rg) return 0;
  delayc_rt_regions *s = *rg;
  begin_scan(s);
  query_region(s, r, 0);
  *pred = s->pred;
  return s->npred;
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
  free(s->by_lo.e);
  free(s->mid.e);
  free(s->recent.e);
  free(s->wide.e);
  free(s->pred);
  free(s);
  *rg = NULL;
}
