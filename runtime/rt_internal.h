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
 */
#ifndef DELAYC_RT_INTERNAL_H
#define DELAYC_RT_INTERNAL_H

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

/* ---- task_stats.c ---- */
void delayc_rt__stats_init(void);                      /* once, before main; registers the exit report */
void delayc_rt__stats_begin(const char *name, int line);
void delayc_rt__stats_end(const char *name, int line);
void delayc_rt__stats_read(long *pnTask, long *pnPeak); /* for tests: counts so far */

/* ---- progress.c ---- */
void delayc_rt__progress_init(void);
void delayc_rt__progress_spawn(void);
void delayc_rt__progress_end(void);
void delayc_rt__progress_read(long *pnSpawn, long *pnDone);   /* for tests */

/* ---- trace.c ---- */
void delayc_rt__trace_init(const char *zFile, int bSummary);  /* zFile may be NULL */
void delayc_rt__trace_record(long id, const char *name, int line, double t0, double t1);
void delayc_rt__trace_finish(void);     /* writes the file and the table (at exit; tests call it) */

/* ---- exec_graph.c ---- */
void delayc_rt__graph_init(const char *zFile, long nLimit);  /* zFile may be NULL: edges only */
void delayc_rt__graph_spawn(long id, long parent, const char *name, int line, int ndep, const delayc_rt_dep *dep);
/* Predecessors of task id: *pn of them in *paPred (owned by the graph); 0 if unknown. */
void delayc_rt__graph_preds(long id, const long **paPred, int *pn);
void delayc_rt__graph_counts(long *pnNode, long *pnEdge);   /* for tests */
void delayc_rt__graph_finish(void);     /* writes the DOT file (at exit; tests call it) */

#endif /* DELAYC_RT_INTERNAL_H */
