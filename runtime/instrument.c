/* instrument.c — switches run-time instrumentation on and dispatches to it.
 *
 * delayc_rt_flags is computed once by a constructor, before main and before any
 * thread exists, and only read afterwards, so it needs no synchronization.
 * Generated code tests it inline (DELAYC_RT_TASK_BEGIN/END) and calls the slow paths
 * here only when some instrument is on.
 *
 * Environment:
 *   DELAYC_STATS=1   count tasks and their peak concurrency (task_stats.c)
 * A variable counts as set when it is present and neither empty nor "0".
 */
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

int delayc_rt_flags = 0;

static int env_on(const char *zName) {
  const char *z = getenv(zName);
  return z != NULL && z[0] != '\0' && strcmp(z, "0") != 0;
}

__attribute__((constructor)) static void rt_init(void) {
  if (env_on("DELAYC_STATS")) {
    delayc_rt__stats_init();
    delayc_rt_flags |= DC_RT_STATS;
  }
}

void delayc_rt_task_begin(const char *name, int line) {
  if (delayc_rt_flags & DC_RT_STATS) delayc_rt__stats_begin(name, line);
}

void delayc_rt_task_end(const char *name, int line) {
  if (delayc_rt_flags & DC_RT_STATS) delayc_rt__stats_end(name, line);
}
