/* delayc_task.h — libdelayc's own task scheduler: a public task API on pthreads.
 *
 * The same model as the OpenMP tasks delayc emits, with no OpenMP: a task is a
 * function and a copy of its argument block; its dependencies are addresses
 * read or written (delayc_rt_dep, from delayc_rt.h), resolved among sibling
 * tasks — tasks spawned by the same task, or by the same thread outside any
 * task — exactly as OpenMP resolves depend clauses:
 *   IN after the last writer of the address; OUT/INOUT after every reader
 *   since that writer, or after the writer when nobody read it since.
 * A program can build graphs at run time with it:
 *
 *   typedef struct { int *out; int x; } IncArg;
 *   static void inc(void *p) { IncArg *a = p; *a->out = a->x + 1; }
 *   ...
 *   IncArg a = { &y, 41 };                                  // copied at the spawn
 *   delayc_rt_dep d[] = { DELAYC_RT_DEP(DELAYC_RT_OUT, y) };
 *   dct_spawn("inc", __LINE__, inc, &a, sizeof a, 1, d);
 *   dct_wait();                // every task this task (or thread) spawned is done
 *
 * Threads: dct_start(n) starts n-1 workers (the calling thread is the n-th);
 * without it, the first dct_spawn starts DELAYC_NUM_THREADS, else
 * OMP_NUM_THREADS, else one per online CPU.  A thread waiting in dct_wait runs
 * ready tasks meanwhile, so tasks may spawn and wait (recursion) without
 * deadlock.  A task waits for its own children before it counts as done.
 * The run-time instruments (DELAYC_TRACE, DELAYC_GRAPH, DELAYC_PROGRESS, ...)
 * see these tasks as they see OpenMP ones.
 *
 * Scheduling: a deque of ready tasks per thread, LIFO for its owner, stolen
 * FIFO by idle threads, which sleep without losing wake-ups (see
 * docs/runtime.md: the design, its measured cost beside OpenMP's, and what
 * comes next).
 * Task memory is freed at the dct_wait that waits for the task.
 */
#ifndef DELAYC_TASK_H
#define DELAYC_TASK_H

#include <stddef.h>

#include "delayc_rt.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Starts the pool with nthreads threads in all (< 1: the default above).
 * Returns the number of threads, or -1 when already started with another count. */
int dct_start(int nthreads);

/* Spawns fn(copy of arg) as a task once its dependencies allow; argsize bytes
 * of arg are copied at the call (arg may be NULL when argsize is 0).  name
 * and line label it for the instruments (name must outlive the program's run:
 * a string literal).  Returns the task's instrumentation id (0 when no
 * instrument is on).  Aborts with a message when memory runs out. */
long dct_spawn(const char *name, int line, void (*fn)(void *arg), const void *arg, size_t argsize,
               int ndep, const delayc_rt_dep *dep);

/* Waits until every task spawned by the current task (outside a task: by this
 * thread) has finished, running ready tasks meanwhile. */
void dct_wait(void);

/* Waits until the tasks the current task (or thread) spawned that conflict
 * with dep[0 .. ndep-1] have finished — as a task with those dependencies
 * would — running ready tasks meanwhile; the others go on. */
void dct_wait_deps(int ndep, const delayc_rt_dep *dep);

/* Threads in the pool (0 before it starts). */
int dct_num_threads(void);

/* Waits for everything, stops and joins the workers.  Called at exit; a
 * later dct_spawn starts the pool again. */
void dct_stop(void);

#ifdef __cplusplus
}
#endif

#endif /* DELAYC_TASK_H */
