/* rt_internal.h — what the runtime's own files share; not installed.
 *
 * Instrumentation is split in two: instrument.c owns delayc_rt_flags, reads the
 * environment once at program start and dispatches delayc_rt_task_begin/end to every
 * instrument that is on; each instrument (task_stats.c today; a progress bar or
 * a trace writer later) lives in its own file and exports the three hooks
 * declared below under its own prefix.
 */
#ifndef DELAYC_RT_INTERNAL_H
#define DELAYC_RT_INTERNAL_H

#include "delayc_rt.h"

/* Bits of delayc_rt_flags, one per instrument. */
enum {
  DC_RT_STATS = 1 << 0,   /* DELAYC_STATS: count tasks and peak concurrency */
};

/* ---- task_stats.c ---- */
void delayc_rt__stats_init(void);                      /* once, before main; registers the exit report */
void delayc_rt__stats_begin(const char *name, int line);
void delayc_rt__stats_end(const char *name, int line);
void delayc_rt__stats_read(long *pnTask, long *pnPeak); /* for tests: counts so far */

#endif /* DELAYC_RT_INTERNAL_H */
