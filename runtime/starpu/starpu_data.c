/* starpu_data.c — the regions tasks touch, as registered StarPU handles.
 *
 * One handle per distinct byte range, a vector of bytes over this rank's own
 * copy of the memory (home: main RAM, so a task on this rank works in place).
 * They are kept sorted by first byte, with the longest length, so that finding
 * those that meet a range is a binary search and a short scan.
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

static Reg *aReg;
static size_t nReg, nCap;
static uintptr_t maxLen;    /* longest registered range */
static long nextSeq, nRegistered, nRetired;

#define TAG_BASE 4096       /* tags below are left to the program */

static size_t first_at_or_after(uintptr_t x) {
  size_t a = 0, b = nReg;
  while (a < b) {
    size_t m = a + (b - a) / 2;
    if (aReg[m].lo < x) a = m + 1; else b = m;
  }
  return a;
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
      MPI_Bcast(buf + done, (int)n, MPI_BYTE, r, MPI_COMM_WORLD);
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
static void retire_meeting(uintptr_t lo, uintptr_t hi, int all) {
  Reg *out = NULL;
  size_t nout = 0, k = 0;
  for (size_t i = 0; i < nReg; i++) {
    Reg *r = &aReg[i];
    if (all || (r->lo < hi && lo < r->hi)) {
      out = realloc(out, (nout + 1) * sizeof *out);
      if (!out) dcs__fatal("out of memory");
      out[nout++] = *r;
    } else {
      aReg[k++] = *r;
    }
  }
  nReg = k;
  if (!nout) return;
  qsort(out, nout, sizeof *out, by_seq);
  for (size_t i = 0; i < nout; i++) {   /* waits for its tasks; its owner holds its value */
    if (dcs__log)
      fprintf(dcs__err, "delayc: rank %d: retire region %ld [%#lx, +%lu)%s\n", dcs__rank, out[i].seq,
              (unsigned long)out[i].lo, (unsigned long)(out[i].hi - out[i].lo), out[i].written ? " written" : "");
    starpu_data_unregister(out[i].h);
  }
#ifdef DELAYC_STARPU_MPI
  broadcast_written(out, nout);
#endif
  nRetired += (long)nout;
  free(out);
  maxLen = 0;
  for (size_t i = 0; i < nReg; i++)
    if (aReg[i].hi - aReg[i].lo > maxLen) maxLen = aReg[i].hi - aReg[i].lo;
}

void dcs__data_retire(uintptr_t lo, uintptr_t hi) {
  retire_meeting(lo, hi, lo == 0 && hi == 0);
}

void dcs__data_use(starpu_data_handle_t h, uintptr_t lo, int rank, int write) {
  size_t from = first_at_or_after(lo > maxLen ? lo - maxLen : 0);
  for (size_t i = from; i < nReg && aReg[i].lo <= lo; i++) {
    Reg *r = &aReg[i];
    if (r->h != h) continue;
    if (!r->written && r->owner != rank) {   /* every rank holds it: the user owns it */
#ifdef DELAYC_STARPU_MPI
      starpu_mpi_data_set_rank(h, rank);
#endif
      r->owner = rank;
    }
    r->written |= write;
    return;
  }
}

int dcs__data_find(uintptr_t lo, uintptr_t hi, starpu_data_handle_t *h, int *owner, int *written) {
  size_t from = first_at_or_after(lo > maxLen ? lo - maxLen : 0);
  for (size_t i = from; i < nReg && aReg[i].lo < hi; i++)
    if (aReg[i].lo == lo && aReg[i].hi == hi) {
      *h = aReg[i].h;
      *owner = aReg[i].owner;
      *written = aReg[i].written;
      return 1;
    }
  return 0;
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
  if (nReg == nCap) {
    nCap = nCap ? 2 * nCap : 64;
    aReg = realloc(aReg, nCap * sizeof *aReg);
    if (!aReg) dcs__fatal("out of memory");
  }
  size_t at = first_at_or_after(lo);
  memmove(aReg + at + 1, aReg + at, (nReg - at) * sizeof *aReg);
  aReg[at] = r;
  nReg++;
  if (hi - lo > maxLen) maxLen = hi - lo;
  nRegistered++;
  return r.h;
}

void dcs__data_counts(long *registered, long *retired) {
  *registered = nRegistered;
  *retired = nRetired;
}
