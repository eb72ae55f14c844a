/* starpu_data.c — the regions tasks touch, as registered StarPU handles.
 *
 * One handle per distinct byte range, a vector of bytes over this rank's own
 * copy of the memory (home: main RAM, so a task on this rank works in place).
 * The index of them is below (narrow and wide).
 *
 * A region no task has written yet holds on every rank what ordinary code
 * left there: it belongs to the rank of the task that uses it (set_rank, no
 * transfer) until a task writes it; from then on it is that rank's, and the
 * others receive it from there.  (StarPU-MPI's receive cache, set by hand,
 * did not keep it from being sent: once into a string literal.)
 *
 * Every rank registers, places and retires the same handles in the same order
 * (it runs the same program): tags are handed out in that order, so a handle
 * has the same tag on every rank although its address differs.  Retiring
 * unregisters the handles (which waits for their tasks, and leaves each value
 * on its owner), then each owner broadcasts the values of its written ones,
 * packed: StarPU-MPI's get_data_on_all_nodes per handle cost a round trip per
 * region (10,000 regions: tens of seconds here).
 */
#define _GNU_SOURCE         /* StarPU's headers use pthread_rwlock_t */
#include <stdlib.h>
#include <string.h>

#include "starpu_internal.h"

typedef struct Reg {
  uintptr_t lo, hi;
  starpu_data_handle_t h;
  long seq;                 /* registration order: the tag, and the order of retiring */
  int owner;                /* the rank it belongs to */
  int written;              /* a task writes it: its value is the owner's alone */
} Reg;

/* The registered handles: those of at most WIDE bytes sorted by first byte
 * (maxLen: the longest of them), so that finding those that meet a range is a
 * binary search and a short scan; the longer ones (a whole array, a sort's
 * buffer) in a short list of their own that every search scans — one long
 * region among 100,000 element regions made every search a scan of all. */
#define WIDE ((uintptr_t)64 << 10)
typedef struct Regs { Reg *a; size_t n, cap; } Regs;
static Regs narrow, wide;
static uintptr_t maxLen;    /* longest narrow range */
static long nextSeq, nRegistered, nRetired;

#define TAG_BASE 4096       /* tags below are left to the program */

static size_t first_at_or_after(uintptr_t x) {
  size_t a = 0, b = narrow.n;
  while (a < b) {
    size_t m = a + (b - a) / 2;
    if (narrow.a[m].lo < x) a = m + 1; else b = m;
  }
  return a;
}

/* The registered handle of exactly [lo, hi), or NULL. */
static Reg *find(uintptr_t lo, uintptr_t hi) {
  if (hi - lo > WIDE) {
    for (size_t i = 0; i < wide.n; i++)
      if (wide.a[i].lo == lo && wide.a[i].hi == hi) return &wide.a[i];
    return NULL;
  }
  for (size_t i = first_at_or_after(lo); i < narrow.n && narrow.a[i].lo == lo; i++)
    if (narrow.a[i].hi == hi) return &narrow.a[i];
  return NULL;
}

static void reserve(Regs *l) {
  if (l->n < l->cap) return;
  l->cap = l->cap ? 2 * l->cap : 64;
  l->a = realloc(l->a, l->cap * sizeof *l->a);
  if (!l->a) dcs__fatal("out of memory");
}

static int by_seq(const void *x, const void *y) {
  const Reg *a = x, *b = y;
  return (a->seq > b->seq) - (a->seq < b->seq);
}

#ifdef DELAYC_STARPU_MPI
/* The values of the written handles among out (unregistered: each owner holds
 * its own) to every rank: per owner, its handles' bytes in registration order,
 * packed into one buffer and broadcast — one collective per owner, whatever
 * the number of regions (one message per region cost a round trip each). */
static void broadcast_written(const Reg *out, size_t nout) {
  for (int r = 0; r < dcs__nranks; r++) {
    size_t total = 0;
    for (size_t i = 0; i < nout; i++)
      if (out[i].written && out[i].owner == r) total += out[i].hi - out[i].lo;
    if (!total) continue;
    char *buf = malloc(total);
    if (!buf) dcs__fatal("out of memory (%zu bytes to broadcast)", total);
    size_t at = 0;
    if (dcs__rank == r)
      for (size_t i = 0; i < nout; i++)
        if (out[i].written && out[i].owner == r) {
          memcpy(buf + at, (const void *)out[i].lo, out[i].hi - out[i].lo);
          at += out[i].hi - out[i].lo;
        }
    for (size_t done = 0; done < total;) {   /* MPI counts are ints */
      size_t n = total - done < (1u << 30) ? total - done : (1u << 30);
      MPI_Request req;
      MPI_Ibcast(buf + done, (int)n, MPI_BYTE, r, MPI_COMM_WORLD, &req);
      dcs__mpi_wait(&req);
      done += n;
    }
    if (dcs__rank != r)
      for (size_t i = 0; i < nout; i++)
        if (out[i].written && out[i].owner == r) {
          memcpy((void *)out[i].lo, buf + at, out[i].hi - out[i].lo);
          at += out[i].hi - out[i].lo;
        }
    free(buf);
  }
}
#endif

/* Back on every rank, then unregistered: the handles that meet [lo, hi) (all:
 * every one), removed from the index. */
/* Moves the handles of l[from, to) that meet [lo, hi) (all: every one) to out. */
static void take_meeting(Regs *l, size_t from, size_t to, uintptr_t lo, uintptr_t hi, int all, Regs *out) {
  size_t k = from;
  for (size_t i = from; i < to; i++) {
    if (all || (l->a[i].lo < hi && lo < l->a[i].hi)) {
      reserve(out);
      out->a[out->n++] = l->a[i];
    } else {
      l->a[k++] = l->a[i];
    }
  }
  if (l->n > to) memmove(l->a + k, l->a + to, (l->n - to) * sizeof *l->a);
  l->n -= to - k;
}

static void retire_meeting(uintptr_t lo, uintptr_t hi, int all) {
  Regs out = {0};
  /* the narrow candidates: those starting within maxLen below lo, up to hi */
  size_t from = all ? 0 : first_at_or_after(lo > maxLen ? lo - maxLen : 0), to = from;
  while (to < narrow.n && (all || narrow.a[to].lo < hi)) to++;
  take_meeting(&narrow, from, to, lo, hi, all, &out);
  take_meeting(&wide, 0, wide.n, lo, hi, all, &out);
  if (!out.n) return;
  qsort(out.a, out.n, sizeof *out.a, by_seq);
  for (size_t i = 0; i < out.n; i++) {   /* waits for its tasks; its owner holds its value */
    if (dcs__log)
      fprintf(dcs__err, "delayc: rank %d: retire region %ld [%#lx, +%lu)%s\n", dcs__rank, out.a[i].seq,
              (unsigned long)out.a[i].lo, (unsigned long)(out.a[i].hi - out.a[i].lo),
              out.a[i].written ? " written" : "");
    starpu_data_unregister(out.a[i].h);
  }
#ifdef DELAYC_STARPU_MPI
  broadcast_written(out.a, out.n);
#endif
  nRetired += (long)out.n;
  free(out.a);
  if (all) maxLen = 0;   /* else it stays an upper bound: searches start a little early */
}

int dcs__data_meets(uintptr_t lo, uintptr_t hi) {
  if (lo == 0 && hi == 0) return narrow.n + wide.n > 0;
  for (size_t i = 0; i < wide.n; i++)
    if (wide.a[i].lo < hi && lo < wide.a[i].hi) return 1;
  for (size_t i = first_at_or_after(lo > maxLen ? lo - maxLen : 0); i < narrow.n && narrow.a[i].lo < hi; i++)
    if (narrow.a[i].hi > lo) return 1;
  return 0;
}

void dcs__data_retire(uintptr_t lo, uintptr_t hi) {
  retire_meeting(lo, hi, lo == 0 && hi == 0);
}

void dcs__data_use(uintptr_t lo, uintptr_t hi, int rank, int write) {
  Reg *r = find(lo, hi);
  if (!r) return;
  if (!r->written && r->owner != rank) {   /* every rank holds it: the user owns it */
#ifdef DELAYC_STARPU_MPI
    starpu_mpi_data_set_rank(r->h, rank);
#endif
    r->owner = rank;
  }
  r->written |= write;
}

int dcs__data_find(uintptr_t lo, uintptr_t hi, starpu_data_handle_t *h, int *owner, int *written) {
  Reg *r = find(lo, hi);
  if (!r) return 0;
  *h = r->h;
  *owner = r->owner;
  *written = r->written;
  return 1;
}

starpu_data_handle_t dcs__data_new(uintptr_t lo, uintptr_t hi, int owner) {
  if (hi - lo > UINT32_MAX) dcs__fatal("a region of %zu bytes: more than a StarPU vector holds", (size_t)(hi - lo));
  retire_meeting(lo, hi, 0);
  Reg r = { lo, hi, NULL, nextSeq++, owner, 0 };
  starpu_vector_data_register(&r.h, STARPU_MAIN_RAM, lo, (uint32_t)(hi - lo), 1);
  if (dcs__log)
    fprintf(dcs__err, "delayc: rank %d: region %ld [%#lx, +%lu) owner %d\n", dcs__rank, r.seq, (unsigned long)lo,
            (unsigned long)(hi - lo), owner);
#ifdef DELAYC_STARPU_MPI
  starpu_mpi_data_register(r.h, TAG_BASE + r.seq, owner);
#endif
  if (hi - lo > WIDE) {
    reserve(&wide);
    wide.a[wide.n++] = r;
  } else {
    reserve(&narrow);
    size_t at = first_at_or_after(lo);
    memmove(narrow.a + at + 1, narrow.a + at, (narrow.n - at) * sizeof *narrow.a);
    narrow.a[at] = r;
    narrow.n++;
    if (hi - lo > maxLen) maxLen = hi - lo;
  }
  nRegistered++;
  return r.h;
}

void dcs__data_counts(long *registered, long *retired) {
  *registered = nRegistered;
  *retired = nRetired;
}
