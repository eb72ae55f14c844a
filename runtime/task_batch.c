/* task_batch.c — batches of small tasks (the OpenMP target; delayc's
 * analysis/batches.c picks the loops): how many calls go in one batch, the
 * buffer of their records, and the regions of a batch grown to cover them.
 *
 * The policy.  A batch should cost tens of microseconds: far above a task's
 * own cost (about a microsecond with libgomp), far below a loop of
 * milliseconds, so that the threads share the loop evenly.  Each batch times
 * itself; the site keeps a running average of the time per call and asks for
 * DELAYC_BATCH_US / that many calls (50 us by default; 1 to 65536 calls).
 * Before the first batch of a site has finished, the batches of a loop grow
 * up to what the compile-time estimate says (at most 64), each holding the
 * calls before it over four times the threads (one call each for the first
 * 8 x threads batches, then slowly more; over twice the threads, 64 calls of
 * 14 ms ended in a batch of 15 on one thread, 1.8 of 2, blind 73a): an
 * estimate that is wrong by far
 * then costs a few dozen small batches, not a loop run serially in one, and a
 * handful of long calls whose cost is unknown (defined in another file) are
 * tasks of one call each, not 1, 2 and 4 calls (four calls of 100 ms took
 * 0.31 s on 2 threads, not 0.21).  Once that first batch (one call) has run for the
 * target, a call is known to be worth a task of its own: one call a batch
 * until the measure comes (six sorts of milliseconds estimated at a
 * microsecond are six tasks, not batches of 1, 2 and 3).
 *
 * The knobs: DELAYC_BATCH=N fixes N calls per batch everywhere (1: one task per
 * call, as without batching); DELAYC_BATCH_US=T sets the target time; the
 * annotation DELAYED_GRAIN(n) fixes a function's calls per batch.
 * Each site's average is read and written with relaxed atomics: batches of
 * one site may end at once on several threads, and a lost update only delays
 * the average by one batch. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "rt_internal.h"

#define GRAIN_MAX 65536
#define GRAIN_UNMEASURED 64          /* at most, before a site's first batch ends */

_Thread_local int delayc_rt__batch_calls __attribute__((tls_model("initial-exec")));
_Thread_local long delayc_rt__batch_first __attribute__((tls_model("initial-exec"))) = -1;

void delayc_rt_batch_range(long first) { delayc_rt__batch_first = first; }

static long nFixed = 0;              /* DELAYC_BATCH */
static long nTargetNs = 50000;       /* DELAYC_BATCH_US, in ns */

__attribute__((constructor)) static void batch_env(void) {
  const char *z = delayc_rt__env("DELAYC_BATCH");
  if (z && atol(z) > 0) nFixed = atol(z) < GRAIN_MAX ? atol(z) : GRAIN_MAX;
  z = delayc_rt__env("DELAYC_BATCH_US");
  if (z && atof(z) > 0) nTargetNs = (long)(atof(z) * 1000.0);
}

static long clamp(long g, long hi) { return g < 1 ? 1 : g > hi ? hi : g; }

/* The threads that run tasks: OpenMP's when the program has it (a weak
 * reference: the pthreads target links no OpenMP), else the processors. */
extern int omp_get_max_threads(void) __attribute__((weak));
static long task_threads(void) {
  static long n;
  long t = __atomic_load_n(&n, __ATOMIC_RELAXED);
  if (t > 0) return t;
  t = omp_get_max_threads ? omp_get_max_threads() : sysconf(_SC_NPROCESSORS_ONLN);
  if (t < 1) t = 1;
  __atomic_store_n(&n, t, __ATOMIC_RELAXED);
  return t;
}

/* The calls of the loop's batch k before any has been measured: the calls
 * before it over twice the threads, at least one, at most g. */
static long ramp(int k, long g) {
  long per = 4 * task_threads(), calls = 0, r = 1;
  for (int i = 0; i <= k && r < g; i++) {
    r = clamp(calls / per, g);
    calls += r;
  }
  return r;
}

long delayc_rt_batch_grain(delayc_rt_batch_site *s, int nbatch) {
  if (nFixed) return nFixed;
  if (s->fixed > 0) return clamp(s->fixed, GRAIN_MAX);
  long ns = __atomic_load_n(&s->ns, __ATOMIC_RELAXED);
  if (ns > 0) return clamp(nTargetNs / ns, GRAIN_MAX);
  long started = __atomic_load_n(&s->started, __ATOMIC_RELAXED);
  /* the first call runs longer than a batch should: one call a batch, as
   * its measure will say */
  if (started > 0 && delayc_rt_batch_clock() - started > nTargetNs) return 1;
  long g = s->est_ns > 0 ? clamp(nTargetNs / s->est_ns, GRAIN_UNMEASURED) : GRAIN_UNMEASURED;
  return ramp(nbatch, g);          /* a wrong estimate costs little */
}

void *delayc_rt_batch_grow(void **buf, int *n, int *cap, size_t size, long grain) {
  if (*n == *cap) {
    long c = *cap ? 2L * *cap : grain;
    if (c < 1) c = 1;
    void *p = realloc(*buf, (size_t)c * size);
    if (!p) {
      fputs("delayc: out of memory for a batch of tasks\n", stderr);
      abort();
    }
    *buf = p;
    *cap = (int)c;
  }
  return (char *)*buf + (size_t)(*n)++ * size;
}

long delayc_rt_batch_clock(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000000000L + ts.tv_nsec;
}

long delayc_rt_batch_start(delayc_rt_batch_site *s) {
  long t = delayc_rt_batch_clock(), none = 0;
  if (!__atomic_load_n(&s->started, __ATOMIC_RELAXED))
    __atomic_compare_exchange_n(&s->started, &none, t, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED);
  return t;
}

void *delayc_rt_batch_copy(const void *src, size_t bytes) {
  void *p = malloc(bytes ? bytes : 1);
  if (!p) {
    fputs("delayc: out of memory for a batch of tasks\n", stderr);
    abort();
  }
  if (bytes) memcpy(p, src, bytes);
  return p;
}

void delayc_rt_batch_free(void *copy) { free(copy); }

void delayc_rt_batch_done(delayc_rt_batch_site *s, long t0, int n, void *buf) {
  free(buf);
  if (n <= 0) return;
  long per = (delayc_rt_batch_clock() - t0) / n;
  if (per < 1) per = 1;
  long old = __atomic_load_n(&s->ns, __ATOMIC_RELAXED);
  __atomic_store_n(&s->ns, old ? (3 * old + per) / 4 : per, __ATOMIC_RELAXED);
  delayc_rt__batch_calls = n;
}

/* ---- regions: each dependency's, grown over the batch's calls ---- */

static void span(const delayc_rt_region *r, uintptr_t *lo, uintptr_t *hi) {
  *lo = (uintptr_t)r->lo;
  if (r->len == (size_t)-1) {
    *hi = UINTPTR_MAX;
    return;
  }
  uintptr_t last = *lo;
  if (r->rows > 1 && r->stride > 0) last += (uintptr_t)(r->rows - 1) * (uintptr_t)r->stride;
  /* rows counted backwards (a negative ld, bottom-up images): the first row is the highest */
  if (r->rows > 1 && r->stride < 0) {
    uintptr_t back = (uintptr_t)(r->rows - 1) * (uintptr_t)(-r->stride);
    *lo = back > *lo ? 0 : *lo - back;
  }
  *hi = last + r->len < last ? UINTPTR_MAX : last + r->len;
}

/* Box and r, blocks of the same rows (DELAYED_*_2D tiles side by side in
 * one band of a matrix): box grows to the columns of both, its rows kept.
 * 0 when they are not such (then the hull of all their bytes). */
static int rows_join(const delayc_rt_region *box, const delayc_rt_region *r, uintptr_t *plo, uintptr_t *phi) {
  if (r->rows < 2 || r->stride <= 0 || r->len == (size_t)-1 || (uintptr_t)r->len > (uintptr_t)r->stride) return 0;
  if (box->len && (box->rows != r->rows || box->stride != r->stride || box->len == (size_t)-1)) return 0;
  uintptr_t lo = (uintptr_t)r->lo, hi = lo + r->len;
  if (box->len) {
    uintptr_t blo = (uintptr_t)box->lo;
    /* row k of r starts within a row's length of box's row k: the same rows */
    if ((blo > lo ? blo - lo : lo - blo) >= (uintptr_t)r->stride) return 0;
    if (blo < lo) lo = blo;
    if (blo + box->len > hi) hi = blo + box->len;
    if (hi - lo > (uintptr_t)r->stride) return 0;
  }
  *plo = lo;
  *phi = hi;
  return 1;
}

int delayc_rt_region_joins(const delayc_rt_region *box, const delayc_rt_region *r) {
  uintptr_t lo, hi;
  return !box->len || box->rows < 2 || rows_join(box, r, &lo, &hi);
}

static int grow_rows(delayc_rt_region *box, const delayc_rt_region *r) {
  uintptr_t lo, hi;
  if (!rows_join(box, r, &lo, &hi)) return 0;
  box->write = !box->len || box->write == r->write ? r->write : 1 | (r->write & DELAYC_RT_OWN);
  box->lo = (const void *)lo;
  box->len = (size_t)(hi - lo);
  box->rows = r->rows;
  box->stride = r->stride;
  return 1;
}

void delayc_rt_region_grow_any(delayc_rt_region *box, const delayc_rt_region *r) {
  /* (a batch of tiles of one band grown to their hull was a chain of
   * batches, each reaching the next one's tiles: blind 73a, 1.09 of 2) */
  if (grow_rows(box, r)) return;
  uintptr_t lo, hi;
  span(r, &lo, &hi);
  if (lo >= hi) return;               /* an empty range */
  if (box->len) {
    uintptr_t blo, bhi;
    span(box, &blo, &bhi);
    if (blo < lo) lo = blo;
    if (bhi > hi) hi = bhi;
  }
  /* a batch's box that both reads and updates (or writes): written, as conservative as any */
  box->write = !box->len || box->write == r->write ? r->write : 1 | (r->write & DELAYC_RT_OWN);
  box->lo = (const void *)lo;
  box->len = hi == UINTPTR_MAX ? (size_t)-1 : (size_t)(hi - lo);
  box->rows = 0;
  box->stride = 0;
}

int delayc_rt_region_overlap(const delayc_rt_region *box, int n, const delayc_rt_region *r) {
  uintptr_t lo, hi;
  span(r, &lo, &hi);
  for (int i = 0; i < n; i++) {
    int a = box[i].write, b = r->write;
    if (!box[i].len || ((a ^ b) & DELAYC_RT_OWN)) continue;
    a &= 3;
    b &= 3;
    if (!(a || b) || (a == 2 && b == 2)) continue;
    uintptr_t blo, bhi;
    span(&box[i], &blo, &bhi);
    if (blo < hi && lo < bhi) return 1;
  }
  return 0;
}

char *delayc_rt_batch_regions(delayc_rt_regions **rg, int n, delayc_rt_region *box, int *npred, char ***pred) {
  delayc_rt_region some[n > 0 ? n : 1];
  int m = 0;
  for (int i = 0; i < n; i++)
    if (box[i].len) some[m++] = box[i];
  memset(box, 0, (size_t)n * sizeof *box);
  return delayc_rt_region_task(rg, m, some, npred, pred);
}

long delayc_rt_batch_spawn(const char *name, int line, int nbox, const delayc_rt_region *box,
                           int nonce, const delayc_rt_dep *once) {
  delayc_rt_dep d[(nbox + nonce) > 0 ? nbox + nonce : 1];
  int m = 0;
  for (int i = 0; i < nbox; i++)
    if (box[i].len)
      d[m++] = (delayc_rt_dep){ box[i].lo, box[i].len == (size_t)-1 ? -1L : (long)box[i].len, 1L,
                                (box[i].write & 3) == 2 ? DELAYC_RT_UPDATE : box[i].write & 3 ? DELAYC_RT_OUT : DELAYC_RT_IN,
                                1, 0, 0 };
  for (int i = 0; i < nonce; i++) d[m++] = once[i];
  return delayc_rt_task_spawn(name, line, m, d);
}
