/* delayc_starpu.h — the runtime of delayc's StarPU targets: tasks and their
 * data on StarPU (--target=starpu, one process) or StarPU-MPI
 * (--target=starpu-mpi, the same program on every rank of an MPI job).
 *
 * Generated code calls three functions, with the same dependence lists
 * (delayc_rt_dep, delayc_rt.h) the other targets use — here always byte
 * regions, DELAYC_RT_DEP_R or _2D:
 *
 *   dcs_spawn(label, line, fn, &arg, sizeof arg, n, deps)   a task
 *   dcs_wait_regions(n, deps)    ordinary code is about to touch these bytes
 *   dcs_wait()                   ... anything the tasks touched
 *
 * The model (docs/starpu.md):
 *   - every rank runs the whole program: ordinary code is replicated, and so is
 *     the memory it writes, so that data ordinary code made are valid on every
 *     rank and never sent;
 *   - each region a task touches is a StarPU handle (a vector of bytes over the
 *     rank's own copy of that memory), registered at its first use with an
 *     owner and a tag that every rank computes alike; a task runs on one rank
 *     (the owner of its largest written region; new values round-robin), and
 *     StarPU-MPI moves the regions it reads from the rank that wrote them last;
 *   - a wait brings the regions it names back to every rank and unregisters
 *     them: after it, the memory is ordinary, identical on every rank, again;
 *   - a region that meets a registered one without being it retires that one
 *     first (correct; a wait, so delayc's lowering avoids it where it can);
 *   - a task whose regions are not all known (no extent) runs in place on
 *     every rank after a full wait, as ordinary code does;
 *   - a task spawned inside a task runs inline, in order, on its parent's rank;
 *   - what the program prints, every rank computes, rank 0 writes: the other
 *     ranks' stdout and stderr go to /dev/null (the runtime's own messages keep
 *     their stderr).
 * Environment: DELAYC_NUM_THREADS (CPU workers per rank), DELAYC_STATS=1 (a
 * line per rank at exit: `delayc: rank R tasks=N ...`).
 */
#ifndef DELAYC_STARPU_H
#define DELAYC_STARPU_H

#include <stddef.h>

#include "delayc_rt.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Spawns fn(copy of argsize bytes of arg) as a task touching the regions dep
 * names.  Every rank calls it with the same sequence of tasks; the one that
 * runs the task copies arg.  Returns the task's instrumentation id on the
 * rank that runs it (0 elsewhere, or when no instrument is on). */
long dcs_spawn(const char *name, int line, void (*fn)(void *arg), const void *arg, size_t argsize,
               int ndep, const delayc_rt_dep *dep);

/* The next task spawned runs on rank `rank` modulo the number of ranks
 * (DELAYED_RANK), wherever its data are. */
void dcs_place(long rank);

/* Every region the tasks touched is back on every rank (a collective: every
 * rank calls it at the same point). */
void dcs_wait(void);

/* The regions meeting these are back on every rank (a region of unknown extent:
 * everything). */
void dcs_wait_regions(int ndep, const delayc_rt_dep *dep);

/* A call delayc cannot make a task here runs in place, on every rank, after
 * this full wait (DELAYC_STATS counts it as in-place). */
void dcs_in_place(void);

/* This process's rank and the number of ranks (0 and 1 without MPI). */
int delayc_rank(void);
int delayc_nranks(void);

/* Every file that includes this header links the runtime's start (MPI, the
 * other ranks' output), even a program none of whose calls became a task. */
extern const int delayc_starpu_runtime;
static const int *const delayc_starpu__linked __attribute__((used)) = &delayc_starpu_runtime;

#ifdef __cplusplus
}
#endif

#endif /* DELAYC_STARPU_H */
