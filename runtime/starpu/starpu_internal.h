/* starpu_internal.h — what the StarPU runtime's files share; not installed.
 *   starpu_tasks.c   start and stop, the ranks, spawning, the codelet, waits
 *   starpu_data.c    the registered regions: one handle per region, its owner
 * Compiled twice: with DELAYC_STARPU_MPI for StarPU-MPI, without for StarPU
 * in one process (rank 0 of 1). */
#ifndef DELAYC_STARPU_INTERNAL_H
#define DELAYC_STARPU_INTERNAL_H

#include <stdint.h>
#include <stdio.h>

#include <starpu.h>
#ifdef DELAYC_STARPU_MPI
#include <starpu_mpi.h>
#endif

#include "delayc_starpu.h"

/* A byte range [lo, hi) of this rank's memory. */
typedef struct Extent { uintptr_t lo, hi; int write; } Extent;

/* ---- starpu_tasks.c ---- */
extern int dcs__rank, dcs__nranks;
extern FILE *dcs__err;                 /* the runtime's own messages (stderr on every rank) */
extern int dcs__log;                   /* DELAYC_STARPU_LOG: a line per region and task */
_Noreturn void dcs__fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#ifdef DELAYC_STARPU_MPI
/* Waits for a nonblocking collective, sleeping between tests: a blocking one
 * spins (sched_yield) while another rank finishes a long task, and on an
 * oversubscribed machine the spinning ranks starve the one that works. */
void dcs__mpi_wait(MPI_Request *req);
#endif

/* ---- starpu_data.c ---- */
/* The handle of exactly [lo, hi), its owner and whether a task wrote it (its
 * value is then the owner's alone): 0 when there is none. */
int dcs__data_find(uintptr_t lo, uintptr_t hi, starpu_data_handle_t *h, int *owner, int *written);
/* A new handle of [lo, hi) owned by owner, after retiring those that meet it.
 * Every rank already holds its value (ordinary code made it). */
starpu_data_handle_t dcs__data_new(uintptr_t lo, uintptr_t hi, int owner);
/* A task on rank uses the handle of [lo, hi) (writing it or not): a handle no
 * task has written yet becomes rank's, with no transfer. */
void dcs__data_use(uintptr_t lo, uintptr_t hi, int rank, int write);
/* Does a registered handle meet [lo, hi) (lo == hi == 0: is there any)? */
int dcs__data_meets(uintptr_t lo, uintptr_t hi);
/* Retire the handles meeting [lo, hi) (lo == hi == 0: all of them): back on
 * every rank, unregistered. */
void dcs__data_retire(uintptr_t lo, uintptr_t hi);
void dcs__data_counts(long *registered, long *retired);

#endif /* DELAYC_STARPU_INTERNAL_H */
