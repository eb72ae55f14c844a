/* rt_internal.h — what the runtime's own files share; not installed.
 *
 * Instrumentation is split in two: instrument.c owns delayc_rt_flags, reads the
 * environment once at program start, keeps each thread's state (its index and
 * the stack of tasks it is running) and dispatches the spawn/begin/end hooks to
 * every instrument that is on.  Each instrument lives in its own file and
 * exports its hooks under its own prefix:
 *   task_stats.c   DELAYC_STATS           counts and peak concurrency
 *   progress.c     DELAYC_PROGRESS        the progress bar
 *   trace.c        DELAYC_TRACE, DELAYC_TRACE_SUMMARY   task records, JSON, table
 *   exec_graph.c   DELAYC_GRAPH (and DELAYC_TRACE: edges for the report)
 *   task_batch.c   batches of small tasks: their size, their records, their regions
 *   throttle.c     how many tasks a function spawns before it waits for them
 *   task_memo.c    results of DELAYED_PURE calls by their arguments
 *   rt_signal.c    what the instruments do when a signal ends the program
 */
#ifndef DELAYC_RT_INTERNAL_H
#define DELAYC_RT_INTERNAL_H

#include <signal.h>
#include <stdatomic.h>

#include "delayc_rt.h"

/* Bits of delayc_rt_flags, one per instrument. */
enum {
  DC_RT_STATS    = 1 << 0,   /* DELAYC_STATS: count tasks and peak concurrency */
  DC_RT_PROGRESS = 1 << 1,   /* DELAYC_PROGRESS: progress bar */
  DC_RT_TRACE    = 1 << 2,   /* DELAYC_TRACE or DELAYC_TRACE_SUMMARY: record every task */
  DC_RT_GRAPH    = 1 << 3,   /* dependencies resolved into edges (DELAYC_GRAPH or DELAYC_TRACE) */
};

/* ---- instrument.c ---- */
double delayc_rt__now(void);            /* seconds since the program started (monotonic) */
int delayc_rt__thread_index(void);      /* 0, 1, 2 ... in order of first use */
long delayc_rt__current_task(void);     /* the task this thread runs, or -(index+1) outside any */
const char *delayc_rt__env(const char *zName);  /* the variable when set (not empty, not "0"), else NULL */
/* In a process of an MPI job (its launcher's rank variable is set), the path
 * each rank writes an instrument's file to: zFile with ".rank<R>" before its
 * extension (malloc'd), and *pzRank the rank's digits; NULL outside a job. */
char *delayc_rt__ranked_path(const char *zFile, const char **pzRank);

/* ---- rt_signal.c ---- */
typedef void (*delayc_rt__sigfn)(int sig);   /* async-signal-safe work only */
/* Before main: run fn when sig arrives, then let sig take its previous course.
 * Nothing is installed for a signal that is ignored. */
void delayc_rt__on_signal(int sig, delayc_rt__sigfn fn);
const char *delayc_rt__signal_name(int sig);   /* "SIGINT", ... */
/* Code that leaves the trace's or the graph's tables half-updated runs inside
 * enter/leave: an asynchronous signal landing there is raised again on leave. */
extern _Thread_local int delayc_rt__nCrit __attribute__((tls_model("initial-exec")));
extern _Thread_local volatile sig_atomic_t delayc_rt__sigDeferred __attribute__((tls_model("initial-exec")));
void delayc_rt__crit_raise_deferred(void);
static inline void delayc_rt__crit_enter(void) {
  delayc_rt__nCrit++;
  atomic_signal_fence(memory_order_seq_cst);
}
static inline void delayc_rt__crit_leave(void) {
  atomic_signal_fence(memory_order_seq_cst);
  if (--delayc_rt__nCrit == 0 && delayc_rt__sigDeferred) delayc_rt__crit_raise_deferred();
}

/* ---- task_stats.c ---- */
void delayc_rt__stats_init(void);                      /* once, before main; registers the exit report */
void delayc_rt__stats_begin(const char *name, int line);
void delayc_rt__stats_end(const char *name, int line);
void delayc_rt__stats_read(long *pnTask, long *pnPeak); /* for tests: counts so far */
void delayc_rt__stats_silence(void);   /* the exit line is another's to print (the StarPU runtime's, per rank) */

/* ---- progress.c ---- */
void delayc_rt__progress_init(void);   /* before main */
void delayc_rt__progress_spawn(void);
void delayc_rt__progress_end(void);
void delayc_rt__progress_read(long *pnSpawn, long *pnDone);   /* for tests */

/* ---- trace.c ---- */
/* First thing before main: opens zFile (may be NULL) or ends the process with
 * status 125 and a message.  Then init registers the exit and signal writers. */
void delayc_rt__trace_open(const char *zFile);
void delayc_rt__trace_init(int bSummary);
void delayc_rt__trace_record(long id, const char *name, int line, double t0, double t1);
void delayc_rt__trace_finish(void);     /* writes the file and the table (at exit; tests call it) */

/* ---- task_batch.c ---- */
/* The calls the batch ending on this thread ran (set just before its end
 * hook, which the trace's record takes and clears); 0 for any other task. */
extern _Thread_local int delayc_rt__batch_calls __attribute__((tls_model("initial-exec")));
extern _Thread_local long delayc_rt__batch_first __attribute__((tls_model("initial-exec")));   /* a range batch's first index, or -1 */

/* ---- exec_graph.c ---- */
void delayc_rt__graph_open(const char *zFile);   /* first, before main: like trace_open */
void delayc_rt__graph_init(long nLimit);         /* edges only when no file was opened */
void delayc_rt__graph_spawn(long id, long parent, const char *name, int line, int ndep, const delayc_rt_dep *dep);
/* Predecessors of task id: *pn of them in *paPred (owned by the graph); 0 if unknown. */
void delayc_rt__graph_preds(long id, const long **paPred, int *pn);
void delayc_rt__graph_counts(long *pnNode, long *pnEdge);   /* for tests */
int delayc_rt__graph_trylock(void);     /* the table frozen (trace.c's signal handler): 1 if taken */
void delayc_rt__graph_unlock(void);
void delayc_rt__graph_finish(void);     /* writes the DOT file (at exit; tests call it) */

#endif /* DELAYC_RT_INTERNAL_H */
