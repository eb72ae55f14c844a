/* throttle.c — how many tasks a function may spawn before it waits for them.
 *
 * A function that spawns tasks much faster than they run (one thread, or a
 * loop whose tasks all wait on one chain) would keep every task pending:
 * libgomp then lengthens the dependency lists of the addresses they share with
 * each new task (time grows with the square of the pending tasks), and LLVM's
 * libomp keeps about a kilobyte per pending task.  Generated code counts the
 * tasks a call has spawned since its last throttle (DELAYC_RT_SPAWNED,
 * delayc_rt.h): every 16th it checks, and past delayc_rt_throttle of them it
 * waits for all of them.  On one thread it waits every 16: nothing could run
 * beside the spawner anyway.
 * Waiting for a function's own tasks is always allowed; it only costs the
 * overlap of the last tasks before the wait with the next ones.
 *
 * DELAYC_THROTTLE=N sets the limit (default 4096). */
#include <stdlib.h>

#include "rt_internal.h"

long delayc_rt_throttle = 4096;

__attribute__((constructor)) static void throttle_env(void) {
  const char *z = delayc_rt__env("DELAYC_THROTTLE");
  if (z && atol(z) > 0) delayc_rt_throttle = atol(z);
}
